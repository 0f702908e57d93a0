package nl.talentenbureau.web.shared;

import java.util.Locale;

/** The two languages of the app; Dutch unless the person chose English. */
public enum Lang {

    NL,
    EN;

    public static Lang parse(String tag) {
        return "en".equalsIgnoreCase(tag) ? EN : NL;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public Lang other() {
        return this == NL ? EN : NL;
    }
}
