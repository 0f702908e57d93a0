package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import nl.talentenbureau.platform.http.PageView;

@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<HelpRequest, UUID> {

    public PageView<HelpRequest> search(RequestFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.kern() != null) {
            conditions.add("kern = :kern");
            parameters.and("kern", filter.kern());
        }
        if (filter.theme() != null) {
            conditions.add("theme = :theme");
            parameters.and("theme", filter.theme());
        }
        if (filter.urgency() != null) {
            conditions.add("urgency = :urgency");
            parameters.and("urgency", filter.urgency());
        }
        if (filter.organisation() != null) {
            conditions.add("organisation = :organisation");
            parameters.and("organisation", filter.organisation());
        }
        if (filter.createdFrom() != null) {
            conditions.add("createdAt >= :createdFrom");
            parameters.and("createdFrom", filter.createdFrom());
        }
        if (filter.createdTo() != null) {
            conditions.add("createdAt < :createdTo");
            parameters.and("createdTo", filter.createdTo());
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        PanacheQuery<HelpRequest> query = find(where, Sort.descending("createdAt").and("id"), parameters)
                .page(Page.of(page, size));
        return new PageView<>(query.list(), page, size, query.count());
    }

    /** OPEN or MATCHED requests past their due date, and OPEN ones created before {@code createdBefore}. */
    public List<UUID> dueForExpiry(LocalDate today, OffsetDateTime createdBefore) {
        return find("(status in ?1 and dueDate < ?2) or (status = ?3 and createdAt < ?4)",
                List.of(RequestStatus.OPEN, RequestStatus.MATCHED), today, RequestStatus.OPEN, createdBefore)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    /**
     * Requests whose requester's data is due for erasure and not erased yet (see {@link RequesterPrivacy#due}): ended
     * before {@code endedBefore}, or MATCHED / IN_PROGRESS with no activity since {@code idleBefore}. At most
     * {@code limit}, in id order after {@code after} (null: from the start): retention walks them in pages.
     */
    public List<UUID> dueForErasure(OffsetDateTime endedBefore, OffsetDateTime idleBefore, UUID after, int limit) {
        String due = """
                erasedAt is null and (endedAt < ?1 or (status in ?2 and updatedAt < ?3
                and (coalesce(endsOn, oneOffDate) is null or coalesce(endsOn, oneOffDate) < ?4)))""";
        List<RequestStatus> live = List.of(RequestStatus.MATCHED, RequestStatus.IN_PROGRESS);
        PanacheQuery<HelpRequest> query = after == null
                ? find(due, Sort.by("id"), endedBefore, live, idleBefore, idleBefore.toLocalDate())
                : find(due + " and id > ?5", Sort.by("id"), endedBefore, live, idleBefore, idleBefore.toLocalDate(),
                        after);
        return query.project(IdOnly.class).page(Page.ofSize(limit)).list().stream().map(IdOnly::id).toList();
    }

    /**
     * Count and checksum of every request as the feed presents it: md5 over {@code id:version} lines joined by a
     * newline in id order (README, "Projection checksum"). No request is ever deleted, so every row is in the feed.
     */
    public FeedSummary feedSummary() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*), md5(coalesce(string_agg(cast(id as text) || ':' || version, E'\\n' order by id), ''))
                from help_request""").getSingleResult();
        return new FeedSummary(((Number) row[0]).longValue(), (String) row[1]);
    }

    public record IdOnly(UUID id) {
    }
}
