package nl.talentenbureau.volunteer.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.volunteer.outreach.OutreachService;

/**
 * The purge and the retention of what anonymous people sent: applications and sign-ups whose mail link was not
 * followed within {@code volunteer.recruitment.unconfirmed-kept-for} are deleted; declined applications (and the
 * profile they became) are erased after {@code declined-kept-for}, and those never decided after
 * {@code idle-kept-for} untouched, each in its own transaction; sign-ups lose their personal data
 * {@code signups-kept-for} after their event. Counts only in the log.
 */
@ApplicationScoped
public class RecruitmentJobs {

    static final int BATCH = 100;

    private final ApplicationService applications;
    private final OutreachService outreach;

    public RecruitmentJobs(ApplicationService applications, OutreachService outreach) {
        this.applications = applications;
        this.outreach = outreach;
    }

    /** What one run did. */
    public record Run(long applicationsPurged, long signupsPurged, int applicationsErased, int signupsErased) {
    }

    @Scheduled(every = "${volunteer.recruitment.every}", delayed = "${volunteer.recruitment.delayed}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(OffsetDateTime.now());
    }

    /** Runs the purge and the retention as if it were {@code now}. */
    public Run run(OffsetDateTime now) {
        long applicationsPurged = applications.purgeUnconfirmed(now);
        long signupsPurged = outreach.purgeUnconfirmed(now);
        int applicationsErased = 0;
        List<UUID> due;
        do {
            due = applications.dueForErasure(now, BATCH);
            due.forEach(applications::eraseExpired);
            applicationsErased += due.size();
        } while (due.size() == BATCH);
        int signupsErased = outreach.eraseOld(now.toLocalDate());
        Run run = new Run(applicationsPurged, signupsPurged, applicationsErased, signupsErased);
        if (applicationsPurged + signupsPurged + applicationsErased + signupsErased > 0) {
            Log.infof("recruitment retention: %s", run);
        }
        return run;
    }
}
