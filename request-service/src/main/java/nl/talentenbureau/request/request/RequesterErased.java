package nl.talentenbureau.request.request;

import java.util.UUID;

/**
 * The requester's data of a request was erased (on request or by retention): a CDI event fired inside that
 * transaction, so every copy of the person's data in this service goes with it (the signals about them) without this
 * feature knowing who keeps one.
 */
public record RequesterErased(UUID requestId) {
}
