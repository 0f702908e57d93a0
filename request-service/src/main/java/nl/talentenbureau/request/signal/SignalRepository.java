package nl.talentenbureau.request.signal;

import java.time.OffsetDateTime;
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
public class SignalRepository implements PanacheRepositoryBase<Signal, UUID> {

    /** Raised by this subject, or (with an organisation) received by it; newest first. */
    PageView<Signal> visibleTo(String subject, String organisation, SignalStatus status, int page, int size) {
        String where = organisation == null
                ? "raisedBy = :subject"
                : "(raisedBy = :subject or receivingOrganisation = :organisation)";
        Parameters parameters = Parameters.with("subject", subject);
        if (organisation != null) {
            parameters.and("organisation", organisation);
        }
        if (status != null) {
            where += " and status = :status";
            parameters.and("status", status);
        }
        PanacheQuery<Signal> query = find(where, Sort.descending("raisedAt").and("id"), parameters)
                .page(Page.of(page, size));
        return new PageView<>(query.list(), page, size, query.count());
    }

    PageView<Signal> escalated(int page, int size) {
        PanacheQuery<Signal> query = find("escalatedAt is not null", Sort.descending("escalatedAt").and("id"))
                .page(Page.of(page, size));
        return new PageView<>(query.list(), page, size, query.count());
    }

    List<UUID> escalationCandidates(OffsetDateTime raisedBefore) {
        return find("status = ?1 and escalatedAt is null and raisedAt <= ?2 order by raisedAt",
                SignalStatus.RAISED, raisedBefore).stream().map(s -> s.id).toList();
    }

    List<UUID> dueForErasure(OffsetDateTime closedBefore, int limit) {
        return find("erasedAt is null and closedAt < ?1 order by closedAt", closedBefore).page(0, limit).list()
                .stream().map(s -> s.id).toList();
    }

    List<Signal> raisedUnder(UUID matchId) {
        return list("raisedUnderMatch", matchId);
    }

    List<Signal> aboutRequest(UUID requestId) {
        return list("requestId = ?1 and erasedAt is null", requestId);
    }

    List<Signal> raisedBetween(OffsetDateTime from, OffsetDateTime to) {
        return list("raisedAt >= ?1 and raisedAt < ?2 order by raisedAt", from, to);
    }
}
