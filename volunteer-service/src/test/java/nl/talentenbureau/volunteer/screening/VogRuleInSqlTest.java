package nl.talentenbureau.volunteer.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The list filters judge VOG validity in SQL; they must agree with {@link VogValidity} on every day, 29 February
 * included.
 */
@QuarkusTest
class VogRuleInSqlTest {

    @Inject
    EntityManager entityManager;

    @Test
    void postgresAndJavaAgreeOnTheLastValidDay() {
        VogValidity validity = new VogValidity(3);
        for (LocalDate issued = LocalDate.of(2023, 12, 1); issued.isBefore(LocalDate.of(2025, 4, 1)); issued = issued
                .plusDays(1)) {
            Object sqlEnd = entityManager
                    .createNativeQuery("select cast(cast(?1 as date) + make_interval(years => ?2) as date)")
                    .setParameter(1, issued).setParameter(2, validity.years()).getSingleResult();
            LocalDate firstInvalidDay = sqlEnd instanceof LocalDate date
                    ? date
                    : ((java.sql.Date) sqlEnd).toLocalDate();
            assertThat(firstInvalidDay.minusDays(1)).as("issued %s", issued).isEqualTo(validity.validUntil(issued));
        }
    }
}
