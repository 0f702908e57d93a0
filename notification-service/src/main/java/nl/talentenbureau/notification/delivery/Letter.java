package nl.talentenbureau.notification.delivery;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A message ready to render: the same content goes into the HTML and the text template. Made at send time, never
 * stored.
 */
@TemplateData
public record Letter(String language, String subject, String greeting, List<String> paragraphs,
        List<Section> sections, String actionLabel, String actionUrl, String closing, String footer) {

    /** The closing, line by line (the HTML version breaks the lines). */
    public List<String> closingLines() {
        return List.of(closing.split("\n"));
    }

    /** A heading with lines under it (details of an offer, a part of the digest). */
    @TemplateData
    public record Section(String heading, List<String> lines) {
    }
}
