package nl.talentenbureau.volunteer.core;

import java.util.UUID;

/**
 * A profile is being erased. Fired synchronously by the volunteer feature inside the erasing transaction, before it
 * anonymises the row: every feature deletes what it holds on the person. An observer that fails rolls the whole
 * erasure back, so it stays all-or-nothing.
 */
public record ProfileErasure(UUID volunteerId) {
}
