package nl.talentenbureau.volunteer.privacy;

import java.util.List;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Who may change a consent (a plain rule). The volunteer may always give and withdraw their own. A coordinator records
 * what the volunteer told them, for a volunteer of their own organisation, on paper, by phone or in person; they
 * cannot give again what the volunteer withdrew themselves: only the volunteer can undo their own withdrawal.
 */
public final class ConsentRules {

    private ConsentRules() {
    }

    /**
     * @param current the consent as it is, null when never given
     * @param organisations the volunteer's organisations
     */
    public static void checkGive(Consent current, ConsentActor actor, List<String> organisations) {
        checkCoordinator(actor, organisations);
        if (actor.role() == ConsentActor.Role.COORDINATOR && current != null && !current.active()
                && current.withdrawnBy == ConsentActor.Role.VOLUNTEER) {
            throw ProblemException.conflict("the volunteer withdrew consent " + current.purpose
                    + " themselves; only they can give it again");
        }
    }

    public static void checkWithdraw(ConsentActor actor, List<String> organisations) {
        checkCoordinator(actor, organisations);
    }

    private static void checkCoordinator(ConsentActor actor, List<String> organisations) {
        if (actor.role() != ConsentActor.Role.COORDINATOR) {
            return;
        }
        if (actor.organisation() == null || !organisations.contains(actor.organisation())) {
            throw ProblemException.forbidden(
                    "only a coordinator of one of the volunteer's organisations records their consent");
        }
        if (!actor.channel().recordableByCoordinator()) {
            throw ProblemException.invalid("channel", "must be PAPER, PHONE or IN_PERSON");
        }
    }
}
