package nl.talentenbureau.request.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/** The viewer's rules as plain Java: no database, no Quarkus; the matches are a small stand-in. */
class RequestAccessTest {

    private static final String HELPER = "volunteer-who-helps";
    private static final String OFFERED = "volunteer-who-was-offered";
    private static final UUID MATCH = UUID.randomUUID();

    private final HelpRequest request = aRequestOf("leef");
    private final RequestAccess access = new RequestAccess(new LiveMatches() {

        @Override
        public Optional<UUID> liveMatch(UUID requestId, String subject) {
            return requestId.equals(request.id) && subject.equals(HELPER) ? Optional.of(MATCH) : Optional.empty();
        }

        @Override
        public boolean offered(UUID requestId, String subject) {
            return requestId.equals(request.id) && subject.equals(OFFERED);
        }
    });

    private final Viewer coordinator = new Viewer(Viewer.Role.COORDINATOR, "leef", "c");
    private final Viewer otherCoordinator = new Viewer(Viewer.Role.COORDINATOR, "elders", "c2");
    private final Viewer partner = new Viewer(Viewer.Role.PARTNER, "leef", "p");
    private final Viewer otherPartner = new Viewer(Viewer.Role.PARTNER, "elders", "p2");
    private final Viewer admin = new Viewer(Viewer.Role.ADMIN, null, "a");
    private final Viewer helper = new Viewer(Viewer.Role.VOLUNTEER, null, HELPER);
    private final Viewer otherVolunteer = new Viewer(Viewer.Role.VOLUNTEER, null, "someone-else");
    private final Viewer offered = new Viewer(Viewer.Role.VOLUNTEER, null, OFFERED);

    @Test
    void coordinatorsAndAdminsSeeEveryRequestPartnerAppsOnlyTheirOwn() {
        assertThat(access.visible(coordinator, request)).isSameAs(request);
        assertThat(access.visible(otherCoordinator, request)).isSameAs(request);
        assertThat(access.visible(admin, request)).isSameAs(request);
        assertThat(access.visible(partner, request)).isSameAs(request);
        assertKind(() -> access.visible(otherPartner, request), ProblemKind.NOT_FOUND);
    }

    @Test
    void aVolunteerSeesOnlyARequestTheyWereOfferedOrHoldALiveMatchOf() {
        assertThat(access.visible(helper, request)).isSameAs(request);
        assertThat(access.visible(offered, request)).isSameAs(request);
        assertKind(() -> access.visible(otherVolunteer, request), ProblemKind.NOT_FOUND);
        assertKind(() -> access.visible(new Viewer(Viewer.Role.VOLUNTEER, null, null), request),
                ProblemKind.NOT_FOUND);
    }

    @Test
    void aMissingRequestIsNotFoundForEveryone() {
        assertKind(() -> access.visible(admin, null), ProblemKind.NOT_FOUND);
    }

    @Test
    void onlyTheOwningOrganisationChangesARequest() {
        assertThat(access.changeable(coordinator, request)).isSameAs(request);
        assertThat(access.changeable(partner, request)).isSameAs(request);
        assertKind(() -> access.changeable(otherCoordinator, request), ProblemKind.FORBIDDEN);
        assertKind(() -> access.changeable(admin, request), ProblemKind.FORBIDDEN);
        assertKind(() -> access.changeable(helper, request), ProblemKind.FORBIDDEN);
        // a partner app of another organisation does not even learn that the request exists
        assertKind(() -> access.changeable(otherPartner, request), ProblemKind.NOT_FOUND);
    }

    @Test
    void theRequesterIsSeenByTheOwningCoordinatorsAndTheVolunteersWhoHelp() {
        assertThat(access.seesRequester(coordinator, request)).isTrue();
        assertThat(access.seesRequester(helper, request)).isTrue();
        assertThat(access.seesRequester(otherCoordinator, request)).isFalse();
        assertThat(access.seesRequester(partner, request)).isFalse();
        assertThat(access.seesRequester(admin, request)).isFalse();
        assertThat(access.seesRequester(otherVolunteer, request)).isFalse();
        assertThat(access.seesRequester(offered, request)).as("an offer shows what, not who").isFalse();
    }

    @Test
    void onlyTheOwningCoordinatorsExportOrEraseTheRequestersData() {
        assertThat(access.requesterDataManageable(coordinator, request)).isSameAs(request);
        assertKind(() -> access.requesterDataManageable(otherCoordinator, request), ProblemKind.FORBIDDEN);
        assertKind(() -> access.requesterDataManageable(partner, request), ProblemKind.FORBIDDEN);
        assertKind(() -> access.requesterDataManageable(helper, request), ProblemKind.FORBIDDEN);
    }

    @Test
    void aPartnerAppsSearchIsScopedToItsOrganisationAndVolunteersDoNotSearch() {
        RequestFilter any = new RequestFilter(null, "breukelen", null, null, "elders", null, null);
        assertThat(access.scoped(coordinator, any)).isEqualTo(any);
        assertThat(access.scoped(admin, any)).isEqualTo(any);
        assertThat(access.scoped(partner, any).organisation()).isEqualTo("leef");
        assertThat(access.scoped(partner, any).kern()).isEqualTo("breukelen");
        assertKind(() -> access.scoped(helper, any), ProblemKind.FORBIDDEN);
    }

    @Test
    void onlyCoordinatorsAndPartnerAppsWrite() {
        access.requireWriter(coordinator);
        access.requireWriter(partner);
        assertKind(() -> access.requireWriter(admin), ProblemKind.FORBIDDEN);
        assertKind(() -> access.requireWriter(helper), ProblemKind.FORBIDDEN);
    }

    private static void assertKind(Runnable call, ProblemKind kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }

    private static HelpRequest aRequestOf(String organisation) {
        HelpRequest request = new HelpRequest();
        request.id = UUID.randomUUID();
        request.organisation = organisation;
        request.status = RequestStatus.OPEN;
        return request;
    }
}
