package nl.talentenbureau.volunteer.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.VolunteerConfig;
import nl.talentenbureau.volunteer.core.AccountProfile;
import nl.talentenbureau.volunteer.core.Profiles;
import nl.talentenbureau.volunteer.core.Steward;

/**
 * Volunteers' Keycloak accounts: the invitation of a registered volunteer, the link of the invited account to the
 * profile, and closing the account when the profile stops or is erased. Keycloak is called inside the operation's
 * transaction: when it fails, the operation answers 503 and nothing of it is stored. No password ever passes through
 * here: Keycloak mails the link and the volunteer sets the password on Keycloak's page.
 */
@ApplicationScoped
public class AccountService {

    private final InvitationRepository invitations;
    private final KeycloakAccounts keycloak;
    private final Profiles profiles;
    private final VolunteerConfig config;

    public AccountService(InvitationRepository invitations, KeycloakAccounts keycloak, Profiles profiles,
            VolunteerConfig config) {
        this.invitations = invitations;
        this.keycloak = keycloak;
        this.profiles = profiles;
        this.config = config;
    }

    /**
     * Sends the invitation: makes the Keycloak user (or re-uses the one of a pending invitation) and has Keycloak mail
     * the link. Serialised per profile, so two at once make one user; a user made here is removed again when a later
     * step fails.
     */
    @Transactional
    public InvitationView invite(UUID volunteerId, Steward steward) {
        invitations.lockAccountOf(volunteerId);
        AccountProfile profile = profiles.accountProfile(volunteerId);
        steward.requireManages(profile.organisations());
        InvitationRules.requireInvitable(profile);
        Invitation invitation = invitations.findById(volunteerId);
        boolean pending = invitation != null && invitation.pending();
        String userId;
        if (pending) {
            userId = invitation.keycloakUserId;
            keycloak.update(userId, InvitationRules.changesFor(profile));
        } else {
            if (keycloak.emailTaken(profile.email())) {
                throw ProblemException.conflict("Keycloak already has a user with this e-mail address");
            }
            userId = keycloak.create(InvitationRules.userFor(profile));
        }
        try {
            keycloak.sendInvitation(userId, config.invitation().lifespan());
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            boolean first = invitation == null;
            if (first) {
                invitation = new Invitation();
                invitation.volunteerId = volunteerId;
            }
            invitation.keycloakUserId = userId;
            invitation.sentAt = now;
            invitation.expiresAt = InvitationRules.expiresAt(now, config.invitation().lifespan());
            invitation.timesSent = pending ? invitation.timesSent + 1 : 1;
            invitation.acceptedAt = null;
            if (first) {
                invitations.persist(invitation);
            }
            invitations.flush();
        } catch (RuntimeException e) {
            if (!pending) {
                keycloak.deleteQuietly(userId);
            }
            throw e;
        }
        Log.infof("invitation %d sent for volunteer %s", invitation.timesSent, volunteerId);
        return InvitationView.of(invitation);
    }

    /**
     * The profile waiting for this account: a pending invitation whose Keycloak user is the token's subject, locked
     * until the caller's transaction ends. The caller links the profile and then calls {@link #accepted}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> invitedProfileOf(String subject) {
        return invitations.pendingFor(subject).map(invitation -> invitation.volunteerId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(UUID volunteerId) {
        Invitation invitation = invitations.findById(volunteerId);
        invitation.acceptedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The profile stepped to STOPPED: its account (linked, or of a pending invitation) can no longer sign in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stopped(UUID volunteerId, String subject) {
        invitations.lockAccountOf(volunteerId);
        userOf(volunteerId, subject).ifPresent(userId -> keycloak.setEnabled(userId, false));
    }

    /** The profile is erased: its Keycloak user and its invitation go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID volunteerId, String subject) {
        invitations.lockAccountOf(volunteerId);
        Optional<String> userId = userOf(volunteerId, subject);
        invitations.deleteById(volunteerId);
        invitations.flush();
        userId.ifPresent(keycloak::delete);
    }

    private Optional<String> userOf(UUID volunteerId, String subject) {
        if (subject != null) {
            return Optional.of(subject);
        }
        return Optional.ofNullable(invitations.findById(volunteerId)).filter(Invitation::pending)
                .map(invitation -> invitation.keycloakUserId);
    }
}
