package nl.talentenbureau.volunteer.availability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of weekly day parts packed into the low 21 bits of an int: how availability is stored, compared and sent
 * to the matching service.
 */
public record WeeklySlots(int bits) {

    public static final int ALL_BITS = (1 << 21) - 1;
    public static final WeeklySlots NONE = new WeeklySlots(0);

    public WeeklySlots {
        if ((bits & ~ALL_BITS) != 0) {
            throw new IllegalArgumentException("only the low 21 bits name a slot: " + bits);
        }
    }

    public static WeeklySlots of(Collection<Slot> slots) {
        int bits = 0;
        for (Slot slot : slots) {
            bits |= slot.bit();
        }
        return new WeeklySlots(bits);
    }

    public static WeeklySlots of(Slot... slots) {
        return of(List.of(slots));
    }

    public boolean covers(Slot slot) {
        return (bits & slot.bit()) != 0;
    }

    /** True when every slot of {@code wanted} is also in this set. */
    public boolean coversAll(WeeklySlots wanted) {
        return (bits & wanted.bits) == wanted.bits;
    }

    /** How many of the {@code wanted} slots this set covers. */
    public int overlap(WeeklySlots wanted) {
        return Integer.bitCount(bits & wanted.bits);
    }

    public int count() {
        return Integer.bitCount(bits);
    }

    /** The slots in week order, Monday morning first. */
    public List<Slot> slots() {
        List<Slot> slots = new ArrayList<>(count());
        for (Slot slot : Slot.values()) {
            if (covers(slot)) {
                slots.add(slot);
            }
        }
        return slots;
    }
}
