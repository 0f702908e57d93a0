package nl.talentenbureau.request.request;

/** Who needs the help: a senior (posted for them by a coordinator or partner app) or an organisation. */
public enum RequesterKind {
    SENIOR,
    ORGANISATION
}
