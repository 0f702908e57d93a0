package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import nl.talentenbureau.deploy.browser.Accessibility;
import nl.talentenbureau.deploy.browser.Browser;
import nl.talentenbureau.deploy.browser.Browsers;
import nl.talentenbureau.deploy.browser.CoordinatorStartPage;
import nl.talentenbureau.deploy.browser.OfferPage;
import nl.talentenbureau.deploy.browser.PublicPages;
import nl.talentenbureau.deploy.browser.RequestPage;
import nl.talentenbureau.deploy.browser.SignInPage;
import nl.talentenbureau.deploy.browser.WebPage;

/**
 * Issue 13's story in a real browser (headless Chromium) through the gateway, with Keycloak's own sign-in page: a
 * coordinator signs in, opens a request and proposes the best candidate; the volunteer follows the link in her offer
 * mail on a phone-sized window, signs in and accepts; the coordinator sees the match accepted. Then the volunteer's
 * accept with the keyboard only, and axe-core on every page of both roles in both languages.
 * <p>
 * The volunteer lives in Swifterbant (Dronten), far from the demo volunteers of Stichtse Vecht, so she is the one
 * candidate of the requests made here whatever the other tests did. With {@code -Dscreenshots.write} the test also
 * writes the offer page and the candidates page at 390 x 844 and 1280 x 800 to {@code docs/screenshots/}.
 */
@ExtendWith(Browsers.class)
class WebStoryIT {

    private static final String KERN = "swifterbant";
    private static final Pattern OFFER_LINK = Pattern.compile("(https?://\\S+/aanbod/[0-9a-f-]{36})");
    private static final Path DOCS = Path.of(System.getProperty("repository.root", ".."), "docs/screenshots")
            .toAbsolutePath().normalize();

    /** The story's volunteer: registered by a coordinator, with an account she made through the invitation. */
    private record Volunteer(String id, String address, String password) {
    }

    private static Volunteer volunteer;

    private final Api api = ItStack.api();

    private static synchronized Volunteer volunteer() {
        if (volunteer == null) {
            String welzijn = Journey.token(DemoAccounts.COORDINATOR_WELZIJN);
            String address = "truus." + Journey.unique() + "@it.example";
            String id = Journey.registerActiveVolunteer(welzijn, "Truus Visser", address, KERN, 5);
            String password = "Tulp-" + Journey.unique();
            Journey.giveAccount(welzijn, id, address, password);
            volunteer = new Volunteer(id, address, password);
        }
        return volunteer;
    }

    @Test
    void aCoordinatorProposesTheBestCandidateAndTheVolunteerAcceptsOnHerPhone(Browsers browsers) {
        Volunteer truus = volunteer();
        String requestId = requestOnlyTruusFits(1);
        String gateway = ItStack.gateway();

        // 1. the coordinator signs in on Keycloak's page and sees the request on her start page
        Browser coordinator = browsers.laptop("coordinator");
        coordinator.get(gateway + "/");
        coordinator.step("welcome");
        coordinator.find(By.id("sign-in")).click();
        SignInPage.shown(coordinator, keycloak()).signIn(DemoAccounts.COORDINATOR_HANDJEHELPEN.username(),
                DemoAccounts.COORDINATOR_HANDJEHELPEN.password());
        CoordinatorStartPage start = CoordinatorStartPage.shown(coordinator);
        coordinator.step("start");
        assertThat(start.language()).isEqualTo("nl");
        assertThat(start.lists(requestId)).as("the start page lists the new urgent request").isTrue();

        // 2. she opens it: Truus is the best candidate (the only one near Swifterbant); she proposes her
        RequestPage request = start.openRequest(requestId);
        coordinator.step("request");
        assertThat(request.candidates()).as("candidates, best first").first().isEqualTo(truus.id());
        writeDocScreenshots(coordinator, "candidates");
        request = request.propose(truus.id());
        coordinator.step("proposed");
        assertThat(request.flash()).isNotBlank();
        assertThat(request.stateOf(truus.id())).isEqualTo("PROPOSED");
        String matchId = request.matchOf(truus.id());
        assertThat(matchId).as("the row names the match").isNotBlank();

        // 3. Truus gets the offer mail, follows its link on her phone, signs in and accepts
        String link = offerLink(truus.address(), matchId);
        Browser phone = browsers.phone("volunteer");
        phone.get(link);
        SignInPage.shown(phone, keycloak()).signIn(truus.address(), truus.password());
        OfferPage offer = OfferPage.shown(phone, matchId);
        phone.step("offer");
        assertThat(phone.viewport()).isEqualTo("390x844");
        assertThat(offer.state()).isEqualTo("PROPOSED");
        writeDocScreenshots(phone, "offer");
        offer = offer.accept();
        phone.step("accepted");
        assertThat(offer.flash()).isNotBlank();
        assertThat(offer.state()).isEqualTo("ACCEPTED");

        // 4. the coordinator opens the request again and sees the match accepted
        request = RequestPage.open(coordinator, gateway, requestId);
        coordinator.step("sees-accepted");
        assertThat(request.showsMatch(matchId, "ACCEPTED")).as("[data-match-id][data-state=ACCEPTED]").isTrue();
        System.out.printf("WebStoryIT: coordinator proposed %s for %s in the browser, the volunteer accepted on a"
                + " %s window, the coordinator sees ACCEPTED%n", truus.id(), requestId, phone.viewport());
    }

    /** Sign-in and accept with Tab, typing and Enter only: no click, no pointer. */
    @Test
    void theVolunteerAcceptsWithTheKeyboardOnly(Browsers browsers) {
        Volunteer truus = volunteer();
        String requestId = requestOnlyTruusFits(2);
        String handjehelpen = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        String matchId = Journey.propose(handjehelpen, requestId, truus.id()).path("id").asText();
        awaitOfferVisibleTo(truus, matchId);

        Browser phone = browsers.phone("volunteer");
        phone.get(ItStack.gateway() + "/aanbod/" + matchId); // the link in the offer mail
        SignInPage.shown(phone, keycloak()).signInByKeyboard(truus.address(), truus.password());
        OfferPage offer = OfferPage.shown(phone, matchId);
        phone.step("offer");
        assertThat(offer.state()).isEqualTo("PROPOSED");

        // the first Tab reaches the skip link, which takes the focus to the page's main content
        phone.press(Keys.TAB);
        assertThat(phone.focused().getAttribute("href")).as("first Tab: " + Browser.describe(phone.focused()))
                .endsWith("#main");
        phone.press(Keys.ENTER);
        int presses = phone.tabTo(OfferPage.ACCEPT, 30);
        phone.step("accept-focused");
        phone.press(Keys.ENTER);
        phone.find(WebPage.FLASH);
        phone.step("accepted");
        assertThat(OfferPage.shown(phone, matchId).state()).isEqualTo("ACCEPTED");
        System.out.printf("WebStoryIT: keyboard only: skip link, then Tab x %d to accept, Enter: ACCEPTED%n",
                presses);
    }

    /** axe-core on every page of both roles, in Dutch and in English: no serious or critical violation. */
    @Test
    void everyPageOfBothRolesInBothLanguagesPassesAxe(Browsers browsers) {
        Volunteer truus = volunteer();
        String requestId = requestOnlyTruusFits(3);
        String handjehelpen = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        String matchId = Journey.propose(handjehelpen, requestId, truus.id()).path("id").asText();
        String gateway = ItStack.gateway();
        Accessibility axe = new Accessibility();
        List<String> missing = new ArrayList<>();

        // the public pages (issue 15/16): no account, the mails' links with a token that is nobody's (each shows its
        // button) and cut short (their "link does not work" page, which the button's answer also is)
        String vacancy = openVacancy("Digicoach in Swifterbant " + Journey.unique());
        Browser anonymous = browsers.phone("anonymous");
        checkInBothLanguages(anonymous, axe, missing, List.of("/", "/vacatures", "/vacatures/" + vacancy,
                "/solliciteren", "/solliciteren?vacature=" + vacancy, "/solliciteren/verstuurd",
                "/solliciteren/bevestigen?token=" + "x".repeat(43), "/solliciteren/bevestigen?token=xxxx",
                "/bijeenkomsten/bevestigen?token=" + "x".repeat(43), "/bijeenkomsten/bevestigen?token=xxxx",
                "/organisaties"));

        Browser volunteerBrowser = browsers.phone("volunteer");
        volunteerBrowser.get(gateway + "/aanbod");
        SignInPage.shown(volunteerBrowser, keycloak()).signIn(truus.address(), truus.password());
        WebPage.any(volunteerBrowser);
        // the offer itself, not an error page (which would pass axe just as well)
        volunteerBrowser.get(gateway + "/aanbod/" + matchId);
        OfferPage.shown(volunteerBrowser, matchId);
        checkInBothLanguages(volunteerBrowser, axe, missing, List.of("/aanbod", "/aanbod/" + matchId,
                "/mijn-matches", "/mijn-week", "/afwezigheid", "/talenten", "/contact", "/toestemmingen",
                "/mijn-gegevens", "/account-verwijderen",
                // a volunteer on a coordinator page: the 403 page
                "/coordinator"));

        // a new account without a profile lands on the application form
        DemoAccounts.User newcomer = new KeycloakAdmin(ItStack.get().keycloak())
                .createUser("nieuw-" + Journey.unique(), "volunteer");
        Browser applicant = browsers.phone("applicant");
        applicant.get(gateway + "/");
        applicant.find(By.id("sign-in")).click();
        SignInPage.shown(applicant, keycloak()).signIn(newcomer.username(), newcomer.password());
        try {
            applicant.until(d -> d.getCurrentUrl().contains("/aanmelden"));
            checkInBothLanguages(applicant, axe, missing, List.of("/aanmelden"));
        } catch (org.openqa.selenium.TimeoutException e) {
            missing.add("/aanmelden (the first sign-in without a profile ended on " + applicant.currentUrl() + ")");
        }

        Browser coordinator = browsers.laptop("coordinator");
        coordinator.get(gateway + "/coordinator");
        SignInPage.shown(coordinator, keycloak()).signIn(DemoAccounts.COORDINATOR_HANDJEHELPEN.username(),
                DemoAccounts.COORDINATOR_HANDJEHELPEN.password());
        CoordinatorStartPage.shown(coordinator);
        checkInBothLanguages(coordinator, axe, missing, List.of("/coordinator",
                "/coordinator/hulpvragen/" + requestId, "/coordinator/voorstellen", "/coordinator/bellijst",
                "/coordinator/vrijwilligers", "/coordinator/vrijwilligers/" + truus.id(), "/coordinator/rapportage"));

        int pages = axe.pages().size() / 2;
        System.out.printf("%d pages x 2 languages checked by axe: %d serious, %d critical (%d moderate or minor)%n",
                pages, axe.serious().size(), axe.critical().size(), axe.moderateOrMinor());
        assertThat(missing).as("pages of the web contract that the web app does not serve").isEmpty();
        assertThat(axe.serious().size() + axe.critical().size()).as(axe.report()).isZero();
    }

    /**
     * Checks each path in Dutch, then follows the language switch and checks each again in English (the switch is
     * a cookie, so it holds for the next pages); back to Dutch at the end.
     */
    private static void checkInBothLanguages(Browser browser, Accessibility axe, List<String> missing,
            List<String> paths) {
        String gateway = ItStack.gateway();
        browser.get(gateway + "/taal?lang=nl&terug=/");
        for (String language : List.of("nl", "en")) {
            for (String path : paths) {
                browser.get(gateway + path);
                if (!browser.has(WebPage.MAIN)) {
                    if (language.equals("nl")) {
                        missing.add(path);
                    }
                    continue;
                }
                WebPage page = WebPage.any(browser);
                assertThat(page.language()).as(path).isEqualTo(language);
                assertThat(browser.has(WebPage.SKIP_LINK)).as(path + " has a skip link").isTrue();
                assertThat(browser.all(By.tagName("h1"))).as(path + " has one h1").hasSize(1);
                axe.check(browser, path + " (" + language + ")");
            }
            if (language.equals("nl")) {
                // the switch on the page itself, as a person changes the language
                browser.get(gateway + paths.getFirst());
                if (browser.has(WebPage.LANG_SWITCH)) {
                    WebPage.any(browser).switchLanguage();
                } else {
                    browser.get(gateway + "/taal?lang=en&terug=/");
                }
            }
        }
        browser.get(gateway + "/taal?lang=nl&terug=/");
    }

    /**
     * Issue 15's way in for someone without an account, in a phone-sized browser: she opens {@code /vacatures}, reads
     * a vacancy, applies with the form, is told a mail is on its way; the mail arrives in the stack's SMTP server
     * (GreenMail) and its link opens the web app's page, whose button confirms and says in words that her application
     * is confirmed.
     */
    @Test
    void aPersonWithoutAnAccountAppliesForAVacancyAndConfirmsFromTheMail(Browsers browsers) {
        String title = "Digicoach in Swifterbant " + Journey.unique();
        String vacancy = openVacancy(title);
        String address = "ria." + Journey.unique() + "@it.example";
        String gateway = ItStack.gateway();

        Browser ria = browsers.phone("anonymous applicant");
        ria.get(gateway + "/vacatures?kern=" + KERN);
        PublicPages form = PublicPages.any(ria).openVacancy(vacancy).applyForIt();
        assertThat(form.source()).isEqualTo("VACANCY");
        PublicPages sent = form.fillInAndSend("Ria Verhoeven", address, KERN, "Ik help graag met de tablet.");
        assertThat(sent.sent()).as("the page after sending: " + ria.currentUrl()).isTrue();
        assertThat(sent.heading()).isEqualTo("Kijk in uw e-mail");

        String link = Recruitment.confirmationLink(address);
        assertThat(java.net.URI.create(link).getPath()).isEqualTo(Recruitment.CONFIRMATION_PAGE);
        ria.get(gateway + Recruitment.pathOf(link));
        // the link asks first: opening it (as a mail scanner does) confirms nothing
        assertThat(PublicPages.any(ria).heading()).isEqualTo("Bevestig uw aanmelding");
        PublicPages confirmed = PublicPages.any(ria).confirm();
        assertThat(confirmed.confirmationOutcome()).isEqualTo("confirmed");
        assertThat(confirmed.heading()).isEqualTo("Uw aanmelding is bevestigd");
        // following the link and pressing the button again says the same, never an error
        ria.get(gateway + Recruitment.pathOf(link));
        assertThat(PublicPages.any(ria).confirm().confirmationOutcome()).isIn("confirmed", "already");
        System.out.printf("public application: /vacatures -> /vacatures/%s -> /solliciteren -> mail to %s -> %s: %s%n",
                vacancy, address.replaceAll("^[^@]+", "…"), Recruitment.CONFIRMATION_PAGE,
                confirmed.confirmationOutcome());
    }

    /** An open vacancy of HandjeHelpen's in Swifterbant; answers its id. */
    private String openVacancy(String title) {
        String coordinator = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        Map<String, Object> body = Map.of("title", title,
                "description", "Help ouderen op dinsdagochtend met hun tablet en DigiD.", "theme", "digital",
                "talents", List.of(), "kernen", List.of(KERN), "hoursPerWeek", 3, "slots", List.of("TUE_MORNING"),
                "vogRequired", true, "trainings", List.of(), "status", "OPEN");
        return api.post(Journey.gateway("/api/vacancies"), coordinator, body).expect(201, "vacancy").json().path("id")
                .asText();
    }

    /** A request in Swifterbant for digital help on a Tuesday morning {@code weeks} weeks ahead, urgent. */
    private String requestOnlyTruusFits(int weeks) {
        Map<String, Object> body = new LinkedHashMap<>(Journey.requestFittingAnna());
        LocalDate tuesday = LocalDate.now().plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        body.put("title", "Hulp met de tablet in Swifterbant " + Journey.unique());
        body.put("kern", KERN);
        body.put("trainings", List.of());
        body.put("urgency", "HIGH");
        body.put("schedule", Api.object("type", "ONE_OFF", "date", tuesday.toString(), "dayParts",
                List.of("MORNING")));
        body.put("requester", Api.object("name", "mevrouw B. Hoekstra", "phone", "+31 6 33334444", "addressLine",
                "De Poort 3, Swifterbant"));
        String requestId = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, body);
        awaitCandidate(requestId, volunteer().id());
        return requestId;
    }

    /** Matching follows the feeds: wait until it offers Truus for the request. */
    private void awaitCandidate(String requestId, String volunteerId) {
        String coordinator = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        Journey.await("Truus among the candidates of " + requestId, Duration.ofSeconds(30), "yes",
                () -> Journey.candidateIds(Journey.awaitCandidates(requestId, coordinator, Duration.ofSeconds(30)))
                        .contains(volunteerId) ? "yes" : "no");
    }

    /** matching-service learns of her account through the volunteer feed: wait until it shows her the offer. */
    private void awaitOfferVisibleTo(Volunteer truus, String matchId) {
        String token = api.accessToken(Map.of("grant_type", "password", "client_id", DemoAccounts.CLI_CLIENT,
                "username", truus.address(), "password", truus.password()));
        Journey.await("the offer " + matchId + " for Truus", Duration.ofSeconds(30), "200",
                () -> String.valueOf(api.get(Journey.gateway("/api/offers/" + matchId), token).status()));
    }

    private static String offerLink(String address, String matchId) {
        var mail = ItStack.get().mailbox().await(address, m -> KeycloakPages.plainText(m).contains(matchId),
                Duration.ofSeconds(60));
        Matcher link = OFFER_LINK.matcher(KeycloakPages.plainText(mail));
        while (link.find()) {
            if (link.group(1).endsWith(matchId)) {
                return link.group(1);
            }
        }
        throw new AssertionError("no link to /aanbod/" + matchId + " in the offer mail: "
                + KeycloakPages.plainText(mail));
    }

    private static String keycloak() {
        return ItStack.get().keycloak().url();
    }

    /**
     * With {@code -Dscreenshots.write}: the page at 390 x 844 and 1280 x 800 into docs/screenshots (the README
     * shows them); the window is given back its size.
     */
    private static void writeDocScreenshots(Browser browser, String name) {
        if (System.getProperty("screenshots.write") == null) {
            return;
        }
        String before = browser.viewport();
        try {
            Files.createDirectories(DOCS);
            for (int[] size : new int[][]{{390, 844}, {1280, 800}}) {
                browser.resize(size[0], size[1]);
                Files.write(DOCS.resolve(name + "-" + size[0] + "x" + size[1] + ".png"), browser.screenshot());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] size = before.split("x");
        browser.resize(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        System.out.printf("WebStoryIT: %s page written to %s at 390x844 and 1280x800%n", name, DOCS);
    }
}
