package nl.talentenbureau.request.signal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Which reference to the senior a signal carries to the receiving organisation, and no more (issue 16): the request,
 * when that organisation owns it and so may read it and its requester already; otherwise only the contact details the
 * senior agreed to share, with that consent recorded. Plain Java, unit-tested in {@code ReferralTest}.
 */
public final class Referral {

    @Schema(name = "SignalReferenceKind")
    public enum Kind {
        REQUEST,
        SHARED_CONTACT
    }

    private Referral() {
    }

    /**
     * @param requestOwner the organisation that owns the signal's request; null without a request
     * @param receiving the organisation the signal is referred to
     */
    public static Kind decide(String requestOwner, String receiving, boolean sharedContact, boolean consent) {
        if (consent && !sharedContact) {
            throw ProblemException.invalid("consent", "only with sharedContact: the consent to share those details");
        }
        if (requestOwner != null && requestOwner.equals(receiving)) {
            if (sharedContact) {
                throw ProblemException.invalid("sharedContact", "not needed: " + receiving
                        + " sees the request and its requester itself; share nothing more");
            }
            return Kind.REQUEST;
        }
        if (!sharedContact) {
            throw ProblemException.invalid("sharedContact", "required: " + receiving + " may not see "
                    + (requestOwner == null ? "a request" : "this request")
                    + "; add the contact details the senior agreed to share, with the consent");
        }
        if (!consent) {
            throw ProblemException.invalid("consent", "required with sharedContact: how and when the senior agreed");
        }
        return Kind.SHARED_CONTACT;
    }
}
