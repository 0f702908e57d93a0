package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.engine.KernBlock.NO_DATE;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.request.HelpRequest;

/**
 * A request translated once into the index's terms (kern position, distances to every kern, bitsets, epoch days,
 * catalogue positions), so the hot loop compares numbers only.
 */
final class IndexQuery {

    final int kern;
    final double[] kmTo;
    final int slots;
    final int screeningDay;
    /** the date of a one-off request as an epoch day, {@link KernBlock#NO_DATE} for a recurring one */
    final int oneOffDay;
    final boolean needsVog;
    final boolean needsTrainings;
    final boolean unknownTraining;
    final long trainingBits;
    final int[] trainingPositions;
    final boolean needsLanguage;
    final long languageBits;
    /** required talents sorted by code, so sums are added in one fixed order */
    final String[] talentCodes;
    final int[] talentPositions;
    final int[] minLevels;
    /** whose helpers score continuity */
    final String requesterKey;
    /**
     * The day-part bits a match for this request would hold ({@link HelpRequest#booking()}); 0 when it holds none
     * (no slot named, or a one-off date already past), so nobody is busy for it.
     */
    final int bookingSlots;
    /** from this epoch day on a booking on a date still holds its volunteer */
    final int today;
    private final Supplier<Set<UUID>> holders;
    /** the volunteers this request holds already, asked of {@link #holders} on the first busy volunteer */
    private Set<UUID> held;

    IndexQuery(HelpRequest request, LocalDate today, VolunteerIndex index) {
        this(request, today, index, Set::of);
    }

    /**
     * @param holders the volunteers whose open or live match of this request holds its time already: asked at most
     *        once, only when a volunteer is busy then (most queries never ask)
     */
    IndexQuery(HelpRequest request, LocalDate today, VolunteerIndex index, Supplier<Set<UUID>> holders) {
        if (!index.kernen.knows(request.kern())) {
            throw new IllegalArgumentException("request " + request.id() + " is in unknown kern "
                    + request.kern());
        }
        kern = index.kernen.position(request.kern());
        kmTo = new double[index.kernen.size()];
        for (int k = 0; k < kmTo.length; k++) {
            kmTo[k] = index.kernen.km(kern, k);
        }
        slots = request.slots();
        screeningDay = (int) request.screeningDay(today).toEpochDay();
        oneOffDay = request.isOneOff() ? (int) request.date().toEpochDay() : NO_DATE;
        needsVog = request.needsVog();
        needsTrainings = !request.requiredTrainings().isEmpty();
        unknownTraining = request.requiredTrainings().stream()
                .anyMatch(c -> index.trainings.position(c).isEmpty());
        trainingBits = index.trainings.bits(request.requiredTrainings());
        trainingPositions = request.requiredTrainings().stream()
                .map(index.trainings::position)
                .filter(p -> p.isPresent())
                .mapToInt(p -> p.getAsInt())
                .sorted()
                .toArray();
        needsLanguage = !request.languages().isEmpty();
        languageBits = index.languages.bits(request.languages());
        talentCodes = request.requiredTalents().keySet().stream().sorted().toArray(String[]::new);
        talentPositions = new int[talentCodes.length];
        minLevels = new int[talentCodes.length];
        for (int r = 0; r < talentCodes.length; r++) {
            talentPositions[r] = index.talents.position(talentCodes[r]).orElse(-1);
            minLevels[r] = request.requiredTalents().get(talentCodes[r]);
        }
        requesterKey = request.requesterKey();
        Booking booking = request.booking();
        bookingSlots = booking.over(today) ? 0 : booking.slots();
        this.today = (int) today.toEpochDay();
        this.holders = holders;
    }

    /**
     * Whether the volunteer's time is held by a match of this very request: then she is not "busy" for it (the
     * coordinator still sees her among the candidates, with her match's state), since the no-double-booking rule
     * keeps any other match of hers off that time.
     */
    boolean heldHere(long idHigh, long idLow) {
        if (held == null) {
            held = holders.get();
        }
        return !held.isEmpty() && held.contains(new UUID(idHigh, idLow));
    }
}
