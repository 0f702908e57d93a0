package nl.talentenbureau.matching.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.matching.projection.VolunteerSnapshot;
import nl.talentenbureau.matching.suggestion.SuggestionRule.Member;

/**
 * The projected volunteers who are members of an organisation, as the suggestion rule reads them: status and trainings
 * with their expiry (the volunteer feed's snapshot carries both, and the organisations). Read only.
 */
@ApplicationScoped
public class MemberRepository {

    private final EntityManager em;
    private final ObjectMapper json;

    public MemberRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    public List<Member> of(String organisation) {
        List<String> snapshots = em.createNativeQuery("""
                select cast(snapshot as text) from volunteer_projection
                where snapshot -> 'organisations' @> jsonb_build_array(cast(?1 as text)) order by id""")
                .setParameter(1, organisation).getResultList();
        List<Member> members = new ArrayList<>(snapshots.size());
        for (String snapshot : snapshots) {
            VolunteerSnapshot s = read(snapshot);
            Map<String, LocalDate> trainings = new HashMap<>();
            if (s.trainings() != null) {
                s.trainings().stream().filter(t -> t.code() != null)
                        .forEach(t -> trainings.put(t.code(), t.expiresOn()));
            }
            members.add(new Member(s.id(), s.status(), trainings));
        }
        return members;
    }

    private VolunteerSnapshot read(String snapshot) {
        try {
            return json.readValue(snapshot, VolunteerSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored volunteer snapshot cannot be read", e);
        }
    }
}
