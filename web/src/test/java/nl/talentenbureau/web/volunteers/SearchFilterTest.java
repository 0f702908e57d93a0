package nl.talentenbureau.web.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchFilterTest {

    @Test
    void emptyFieldsAreNoFilterAndKnownValuesAreFine() {
        SearchFilter filter = new SearchFilter(" ", "", "digital-help", "2", "ACTIVE", "TUE_MORNING", "false", null,
                -3);
        assertThat(filter.q()).isNull();
        assertThat(filter.kern()).isNull();
        assertThat(filter.page()).isZero();
        assertThat(filter.wrong()).isEmpty();
        assertThat(filter.level()).isEqualTo(2);
        assertThat(filter.vog()).isFalse();
    }

    @Test
    void valuesTheFormDoesNotOfferAreWrongByField() {
        SearchFilter filter = new SearchFilter(null, null, null, "4", "RETIRED", "MON_NIGHT", "maybe", null, 0);
        assertThat(filter.wrong()).containsExactly("minLevel", "status", "freeIn", "vogValid");
    }

    @Test
    void thePagingLinksKeepTheFiltersEncoded() {
        SearchFilter filter = new SearchFilter("de vries", "breukelen", null, null, null, null, null, null, 2);
        assertThat(filter.previous()).isEqualTo("?q=de+vries&kern=breukelen&page=1");
        assertThat(filter.next()).isEqualTo("?q=de+vries&kern=breukelen&page=3");
        assertThat(new SearchFilter(null, null, null, null, null, null, null, null, 0).next()).isEqualTo("?page=1");
    }

    @Test
    void aNextPageExistsOnlyWhenTheTotalGoesBeyondThisPage() {
        SearchFilter first = new SearchFilter(null, null, null, null, null, null, null, null, 0);
        assertThat(first.hasNext(SearchFilter.PAGE_SIZE)).isFalse();
        assertThat(first.hasNext(SearchFilter.PAGE_SIZE + 1)).isTrue();
    }
}
