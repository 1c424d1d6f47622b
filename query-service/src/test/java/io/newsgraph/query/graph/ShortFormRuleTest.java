package io.newsgraph.query.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.query.entity.EntityKeys;
import io.newsgraph.query.entity.EntityType;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShortFormRuleTest {

    private static final NameKeyRef WITKOFF = new NameKeyRef(EntityType.PERSON, "witkoff");

    @Test
    void surnameOfExactlyOnePersonInUseJoinsThatPerson() {
        UUID steve = EntityKeys.entityId(EntityType.PERSON, "steve witkoff");

        ShortFormRule.Resolution resolution = ShortFormRule.resolve(WITKOFF, Set.of(steve));

        assertThat(resolution.entityId()).isEqualTo(steve);
        assertThat(resolution.rule()).isEqualTo("SHORT_FORM");
    }

    @Test
    void surnameOfSeveralPeopleOrOfNobodyIsItsOwnEntity() {
        UUID own = EntityKeys.entityId(EntityType.PERSON, "witkoff");
        Set<UUID> twoPeople =
                Set.of(
                        EntityKeys.entityId(EntityType.PERSON, "steve witkoff"),
                        EntityKeys.entityId(EntityType.PERSON, "jane witkoff"));

        assertThat(ShortFormRule.resolve(WITKOFF, twoPeople))
                .isEqualTo(new ShortFormRule.Resolution(own, "OWN"));
        assertThat(ShortFormRule.resolve(WITKOFF, Set.of()))
                .isEqualTo(new ShortFormRule.Resolution(own, "OWN"));
    }

    @Test
    void placesAndOrganisationsHaveNoShortForms() {
        NameKeyRef france = new NameKeyRef(EntityType.ORGANIZATION, "france");
        UUID banque = EntityKeys.entityId(EntityType.ORGANIZATION, "banque de france");

        assertThat(ShortFormRule.resolve(france, Set.of(banque)).entityId())
                .isEqualTo(EntityKeys.entityId(EntityType.ORGANIZATION, "france"));
    }
}
