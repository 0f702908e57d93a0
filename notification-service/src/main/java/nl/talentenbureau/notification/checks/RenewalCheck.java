package nl.talentenbureau.notification.checks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.notification.NotificationConfig;
import nl.talentenbureau.notification.delivery.Outbox;
import nl.talentenbureau.notification.followed.Followed;
import nl.talentenbureau.notification.followed.VolunteerState;
import nl.talentenbureau.notification.rules.Planned;
import nl.talentenbureau.notification.rules.RenewalRules;

/**
 * Once a day over the stored VOG and training dates: the 60- and 14-day notices ({@link RenewalRules}). Run twice, it
 * records nothing new (the keys).
 */
@ApplicationScoped
public class RenewalCheck {

    private final Followed followed;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final Clock clock = Clock.systemUTC();

    public RenewalCheck(Followed followed, Outbox outbox, NotificationConfig config) {
        this.followed = followed;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(cron = "${notification.renewals.cron}", timeZone = "Europe/Amsterdam", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run(LocalDate.now(clock.withZone(config.zone())));
    }

    /** @return how many notices were new */
    @Transactional
    public int run(LocalDate today) {
        Instant now = clock.instant();
        List<Planned> planned = new ArrayList<>();
        for (VolunteerState v : followed.notStopped()) {
            planned.addAll(RenewalRules.plan(v.id(), v.firstOrganisation(), v.vogValidUntil(), v.trainings(), today,
                    now));
        }
        int recorded = outbox.record(planned, now);
        Log.infof("renewal check %s: %d notices due, %d new", today, planned.size(), recorded);
        return recorded;
    }
}
