package nl.talentenbureau.volunteer.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * An anonymous write (an application, a sign-up): its body is refused with 413 when it is larger than
 * {@code volunteer.recruitment.max-body-bytes} ({@link PublicWriteLimit}). The gateway refuses such bodies first and
 * limits the rate per address; this is the service's own line behind it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicWrite {
}
