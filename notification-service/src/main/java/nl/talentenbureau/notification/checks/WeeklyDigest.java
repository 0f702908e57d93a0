package nl.talentenbureau.notification.checks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.notification.NotificationConfig;
import nl.talentenbureau.notification.delivery.Outbox;
import nl.talentenbureau.notification.followed.Followed;
import nl.talentenbureau.notification.followed.MatchState;
import nl.talentenbureau.notification.followed.RequestFacts;
import nl.talentenbureau.notification.followed.VolunteerState;
import nl.talentenbureau.notification.rules.DeliveryKey;
import nl.talentenbureau.notification.rules.Kind;
import nl.talentenbureau.notification.rules.Planned;
import nl.talentenbureau.notification.rules.RenewalRules;

/**
 * Once a week per organisation, to its coordinators: open requests without a live offer, offers waiting for an answer
 * with their deadlines, renewals due within 60 days. Nothing to report: no digest. Keyed by organisation and ISO week.
 */
@ApplicationScoped
public class WeeklyDigest {

    private final Followed followed;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final Clock clock = Clock.systemUTC();

    public WeeklyDigest(Followed followed, Outbox outbox, NotificationConfig config) {
        this.followed = followed;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(cron = "${notification.digest.cron}", timeZone = "Europe/Amsterdam", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void weekly() {
        run(LocalDate.now(clock.withZone(config.zone())));
    }

    /** @return how many digests were new */
    @Transactional
    public int run(LocalDate today) {
        Instant now = clock.instant();
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        List<Planned> planned = new ArrayList<>();
        for (String organisation : followed.organisations()) {
            Map<String, Object> facts = facts(organisation, today);
            if (facts.isEmpty()) {
                continue;
            }
            planned.add(new Planned(DeliveryKey.digest(organisation, week) + ":" + DeliveryKey.organisation(
                    organisation), Kind.WEEKLY_DIGEST, organisation, organisation, null, now, facts));
        }
        int recorded = outbox.record(planned, now);
        Log.infof("weekly digest %s: %d organisations, %d new", week, planned.size(), recorded);
        return recorded;
    }

    Map<String, Object> facts(String organisation, LocalDate today) {
        List<Map<String, Object>> open = new ArrayList<>();
        for (RequestFacts r : followed.openWithoutLiveOffer(organisation)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "open");
            line.put("requestId", r.id().toString());
            line.put("theme", r.theme());
            line.put("kern", r.kern());
            line.put("dueDate", r.dueDate() == null ? null : r.dueDate().toString());
            open.add(line);
        }
        List<Map<String, Object>> waiting = new ArrayList<>();
        for (MatchState m : followed.waitingOffers(organisation)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "waiting");
            line.put("matchId", m.id().toString());
            line.put("answerDeadline", m.answerDeadline() == null ? null : m.answerDeadline().toString());
            waiting.add(line);
        }
        List<Map<String, Object>> renewals = new ArrayList<>();
        for (VolunteerState v : followed.volunteersOf(organisation)) {
            if (RenewalRules.tier(v.vogValidUntil(), today) != null) {
                renewals.add(Map.of("type", "renewal", "volunteerId", v.id().toString(), "what", "vog",
                        "validUntil", v.vogValidUntil().toString()));
            }
            v.trainings().forEach((code, expires) -> {
                if (RenewalRules.tier(expires, today) != null) {
                    renewals.add(Map.of("type", "renewal", "volunteerId", v.id().toString(), "what", code,
                            "validUntil", expires.toString()));
                }
            });
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        if (open.isEmpty() && waiting.isEmpty() && renewals.isEmpty()) {
            return facts;
        }
        facts.put("open", open);
        facts.put("waiting", waiting);
        facts.put("renewals", renewals);
        return facts;
    }
}
