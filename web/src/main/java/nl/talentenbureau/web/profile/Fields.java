package nl.talentenbureau.web.profile;

/** What a form field holds, read leniently: spaces around it do not count, an empty field is absent. */
final class Fields {

    private Fields() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }

    static Integer integer(String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
