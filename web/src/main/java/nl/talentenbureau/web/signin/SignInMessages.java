package nl.talentenbureau.web.signin;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the "sign-in is not possible now" page ({@code {signin:key}}), in
 * {@code messages/signin_nl.properties} (the default) and {@code signin_en.properties}: a bundle of its own because
 * {@link nl.talentenbureau.web.shared.Messages} is close to the 300 keys Qute 3.34.1 can load in one bundle.
 */
@MessageBundle(value = "signin", locale = "nl")
public interface SignInMessages {

    String unavailable_title();

    String unavailable_text();

    String unavailable_safe();

    String unavailable_retry();
}
