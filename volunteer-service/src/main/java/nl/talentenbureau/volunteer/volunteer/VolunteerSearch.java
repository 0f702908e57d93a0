package nl.talentenbureau.volunteer.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.volunteer.VolunteerConfig;
import nl.talentenbureau.volunteer.screening.VogValidity;

/**
 * The coordinator's list query. Written in SQL because the filters cross into the screening tables and test bits
 * of the availability mask; it returns one page of ids, then loads those profiles.
 */
@ApplicationScoped
class VolunteerSearch {

    private final EntityManager entityManager;
    private final VolunteerRepository volunteers;
    private final VogValidity vogValidity;

    VolunteerSearch(EntityManager entityManager, VolunteerRepository volunteers, VolunteerConfig config) {
        this.entityManager = entityManager;
        this.volunteers = volunteers;
        this.vogValidity = new VogValidity(config.vogValidityYears());
    }

    PageView<Volunteer> find(VolunteerFilter filter, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = whereClause(filter, parameters);
        Query count = entityManager.createNativeQuery("select count(*) from volunteer v where " + where);
        Query ids = entityManager.createNativeQuery(
                "select v.id from volunteer v where " + where + " order by lower(v.name), v.id limit ?"
                        + (parameters.size() + 1) + " offset ?" + (parameters.size() + 2));
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            ids.setParameter(i + 1, parameters.get(i));
        }
        ids.setParameter(parameters.size() + 1, size);
        ids.setParameter(parameters.size() + 2, (long) page * size);
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> pageIds = ids.getResultList();
        return new PageView<>(load(pageIds), page, size, total);
    }

    private List<Volunteer> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<Volunteer> found = new ArrayList<>(volunteers.list("id in ?1", ids));
        found.sort(Comparator.comparing(v -> position.get(v.id)));
        return found;
    }

    private String whereClause(VolunteerFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("v.erased_at is null");
        if (filter.byIds()) {
            List<String> placeholders = new ArrayList<>();
            for (UUID id : filter.ids()) {
                parameters.add(id);
                placeholders.add("?" + parameters.size());
            }
            conditions.add("v.id in (" + String.join(", ", placeholders) + ")");
        }
        if (filter.kern() != null) {
            parameters.add(filter.kern());
            conditions.add("v.home_kern = ?" + parameters.size());
        }
        if (filter.status() != null) {
            parameters.add(filter.status().name());
            conditions.add("v.status = ?" + parameters.size());
        }
        if (filter.talent() != null) {
            parameters.add(filter.talent());
            int code = parameters.size();
            parameters.add(filter.minLevel() == null ? 1 : filter.minLevel());
            conditions.add("exists (select 1 from volunteer_talent t where t.volunteer_id = v.id and t.talent_code = ?"
                    + code + " and t.level >= ?" + parameters.size() + ")");
        }
        if (filter.freeIn() != null) {
            parameters.add(1 << filter.freeIn().ordinal());
            conditions.add("(v.availability & ?" + parameters.size() + ") <> 0");
        }
        if (filter.vogValid() != null) {
            parameters.add(LocalDate.now());
            int today = parameters.size();
            parameters.add(vogValidity.years());
            String valid = "exists (select 1 from vog g where g.volunteer_id = v.id and g.issued_on <= ?" + today
                    + " and cast(g.issued_on + make_interval(years => ?" + parameters.size() + ") as date) > ?"
                    + today + ")";
            conditions.add(filter.vogValid() ? valid : "not " + valid);
        }
        if (filter.training() != null) {
            parameters.add(filter.training());
            int code = parameters.size();
            parameters.add(LocalDate.now());
            conditions.add("exists (select 1 from training_record r where r.volunteer_id = v.id and r.training_code = ?"
                    + code + " and (r.expires_on is null or r.expires_on >= ?" + parameters.size() + "))");
        }
        if (filter.organisation() != null) {
            parameters.add(filter.organisation());
            conditions.add("?" + parameters.size() + " = any(v.organisations)");
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            parameters.add("%" + escapeLike(filter.nameContains().strip().toLowerCase()) + "%");
            conditions.add("lower(v.name) like ?" + parameters.size() + " escape '\\'");
        }
        return String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
