package io.newsgraph.nlp.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownNamesTest {

    @Test
    void theShippedListKnowsCompaniesInstitutionsAndOfficesWithTheirAliases() {
        KnownNames shipped = KnownNames.SHIPPED;

        assertThat(shipped.lookup(EntityResolver.key("Safran")).type())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(shipped.lookup(EntityResolver.key("Élysée")).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(shipped.lookup(EntityResolver.key("BCE")))
                .isEqualTo(shipped.lookup(EntityResolver.key("Banque centrale européenne")))
                .isEqualTo(shipped.lookup(EntityResolver.key("European Central Bank")));
        assertThat(shipped.lookup(EntityResolver.key("Toulouse")).town()).isTrue();
        assertThat(shipped.lookup(EntityResolver.key("Safran")).town()).isFalse();
        assertThat(shipped.writtenAsListed(EntityResolver.key("Gao"), "Gao")).isFalse();
    }

    @Test
    void townsAreSetAsideWhileAMatchReportIsNormalised() {
        String toulouse = EntityResolver.key("Toulouse");
        String text = "La grève continue à Arequipa, selon Safran.";

        assertThat(KnownNames.inArticle(true, () -> KnownNames.SHIPPED.lookup(toulouse))).isNull();
        assertThat(KnownNames.inArticle(true, () -> KnownNames.SHIPPED.find(text)))
                .extracting(found -> text.substring(found.begin(), found.end()))
                .containsExactly("Safran");
        assertThat(KnownNames.inArticle(false, () -> KnownNames.SHIPPED.find(text)))
                .extracting(found -> text.substring(found.begin(), found.end()))
                .containsExactly("Arequipa", "Safran");
        assertThat(KnownNames.SHIPPED.lookup(toulouse)).isNotNull();
    }

    @Test
    void findsUnambiguousNamesAsWrittenOnWordBoundariesLongestFirst() {
        String text =
                "Air France-KLM et Safran, avec l'Orange de d'Arianespace; Safranier. Le"
                        + " département d'État";

        assertThat(KnownNames.SHIPPED.find(text))
                .extracting(found -> text.substring(found.begin(), found.end()))
                .containsExactly("Air France-KLM", "Safran", "Arianespace", "département d'État");
    }

    @Test
    void ambiguousNamesOnlyTypeWhatTheEngineFound() {
        KnownNames list = KnownNames.parse(List.of("ORG | ~Orange | Orange SA"), "test");

        assertThat(list.ambiguous(EntityResolver.key("Orange"))).isTrue();
        assertThat(list.ambiguous(EntityResolver.key("Orange SA"))).isFalse();
        assertThat(list.find("Orange et Orange SA"))
                .extracting(KnownNames.Found::begin)
                .containsExactly(10);
    }

    @Test
    void namesThatTextOftenMeansOtherwiseAreNotSearchedFor() {
        String text = "En France 2 millions de foyers, sur la RN 7 et à Orange.";

        assertThat(KnownNames.SHIPPED.find(text)).isEmpty();
    }

    @Test
    void refusesANameTwoLinesClaimAndAnUnknownType() {
        assertThatThrownBy(() -> KnownNames.parse(List.of("ORG | Fed", "ORG | FED"), "test"))
                .hasMessageContaining("test:2")
                .hasMessageContaining("already on test:1");
        assertThatThrownBy(() -> KnownNames.parse(List.of("COMPANY | Safran"), "test"))
                .hasMessageContaining("unknown type");
        assertThatThrownBy(() -> KnownNames.parse(List.of("ORG"), "test"))
                .hasMessageContaining("expected TYPE | name");
    }
}
