package it.pianodizona.registry;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.territory.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MunicipalityRegistryTest {

  private final MunicipalityRegistry registry = MunicipalityRegistry.italy();

  @Test
  void itHoldsEveryMunicipalityOfTheListWithUniqueCodes() {
    assertThat(registry.all()).hasSize(7896);
    assertThat(registry.all().stream().map(Municipality::istatCode).distinct()).hasSize(7896);
  }

  @Test
  void itHas107ProvincesIn20Regions() {
    assertThat(registry.provinces()).hasSize(107);
    assertThat(registry.provinces().stream().map(Province::istatRegionCode).distinct()).hasSize(20);
    assertThat(registry.provinces().stream().map(Province::abbreviation).distinct()).hasSize(107);
  }

  @Test
  void everyRegionOfThePlanModelHasMunicipalities() {
    for (Region region : Region.values()) {
      assertThat(registry.inRegion(region)).as("%s", region).isNotEmpty();
    }
    assertThat(Region.values()).allSatisfy(r -> assertThat(registry.inRegion(r)).isNotEmpty());
    int sum = 0;
    for (Region region : Region.values()) {
      sum += registry.inRegion(region).size();
    }
    assertThat(sum).isEqualTo(7896);
  }

  @Test
  void cremaIs019035InTheProvinceOfCremonaInLombardia() {
    Municipality crema = registry.byCode("019035").orElseThrow();
    assertThat(crema.name()).isEqualTo("Crema");
    assertThat(crema.province().abbreviation()).isEqualTo("CR");
    assertThat(crema.province().name()).isEqualTo("Cremona");
    assertThat(crema.province().code()).isEqualTo("019");
    assertThat(crema.region()).isEqualTo(Region.LOMBARDIA);
    assertThat(crema.province().istatRegionName()).isEqualTo("Lombardia");
  }

  @Test
  void cremasPopulationIsTheCensusFigureWithItsDateAndSource() {
    Population population = registry.byCode("019035").orElseThrow().population().orElseThrow();
    assertThat(population.inhabitants()).isEqualTo(33091);
    assertThat(population.referenceDate()).isEqualTo(LocalDate.of(2011, 10, 9));
    assertThat(population.source()).startsWith("ISTAT").contains("2011");
  }

  @Test
  void aMunicipalityWhoseTerritoryChangedAfterTheCensusHasNoPopulation() {
    // Misiliscemi was carved out of Trapani after 2011: neither census figure is today's territory.
    assertThat(registry.byCode("081025").orElseThrow().population()).isEmpty();
    assertThat(registry.byCode("081021").orElseThrow().population()).isEmpty();
    // Montecopiolo moved to the province of Rimini with its territory: same people, new code.
    assertThat(registry.byCode("099030").orElseThrow().population()).isPresent();
  }

  @Test
  void anUnknownCodeFindsNothing() {
    assertThat(registry.byCode("019999")).isEmpty();
    assertThat(registry.byCode("")).isEmpty();
  }

  @Test
  void officialNamesKeepTheirAccents() {
    assertThat(registry.byCode("001001").orElseThrow().name()).isEqualTo("Agliè");
  }

  @Test
  void anAbbreviatedSaintIsFound() {
    assertThat(registry.byName("S. Giovanni in Croce")).extracting(Municipality::istatCode).containsExactly("019090");
    assertThat(registry.byName("S.Giovanni in Croce")).extracting(Municipality::istatCode).containsExactly("019090");
    assertThat(registry.byName("san giovanni in croce")).extracting(Municipality::name)
        .containsExactly("San Giovanni in Croce");
  }

  @Test
  void namesAreFoundWithoutTheirAccentsOrWithAnApostropheForThem() {
    assertThat(registry.byName("Aglie")).extracting(Municipality::istatCode).containsExactly("001001");
    assertThat(registry.byName("AGLIE'")).extracting(Municipality::istatCode).containsExactly("001001");
  }

  @Test
  void anyApostropheHyphenOrSpaceWillDo() {
    assertThat(registry.byName("Albiano d’Ivrea")).extracting(Municipality::istatCode).containsExactly("001004");
    assertThat(registry.byName("Albiano d Ivrea")).extracting(Municipality::istatCode).containsExactly("001004");
    assertThat(registry.byName("Moransengo Tonengo")).extracting(Municipality::istatCode).containsExactly("005122");
    assertThat(registry.byName("  Moransengo -  Tonengo ")).extracting(Municipality::istatCode)
        .containsExactly("005122");
  }

  @Test
  void aBilingualNameIsFoundUnderEitherName() {
    assertThat(registry.byName("Bolzano")).extracting(Municipality::istatCode).containsExactly("021008");
    assertThat(registry.byName("Bozen")).extracting(Municipality::istatCode).containsExactly("021008");
    assertThat(registry.byName("Bolzano/Bozen")).extracting(Municipality::istatCode).containsExactly("021008");
    assertThat(registry.byCode("021008").orElseThrow().region()).isEqualTo(Region.PROVINCIA_AUTONOMA_BOLZANO);
  }

  @Test
  void aNameThatRepeatsAcrossProvincesFindsEachMunicipality() {
    assertThat(registry.byName("Castro")).extracting(m -> m.province().abbreviation())
        .containsExactlyInAnyOrder("BG", "LE");
  }

  @Test
  void aProvinceIsFoundByCodeOrAbbreviation() {
    assertThat(registry.inProvince("CR")).hasSize(113).allSatisfy(m -> assertThat(m.istatCode()).startsWith("019"));
    assertThat(registry.inProvince("019")).isEqualTo(registry.inProvince("cr"));
    assertThat(registry.inProvince("XX")).isEmpty();
  }

  @Test
  void theMunicipalitiesOfARegionAreAllInIt() {
    assertThat(registry.inRegion(Region.PUGLIA)).extracting(Municipality::name)
        .contains("Fasano", "Cisternino", "Ostuni");
    assertThat(registry.inRegion(Region.PUGLIA).stream().map(m -> m.province().abbreviation())
        .collect(Collectors.toSet())).containsExactlyInAnyOrder("BA", "BT", "BR", "FG", "LE", "TA");
  }

  @Test
  void theSharedRegistryIsLoadedOnce() {
    assertThat(MunicipalityRegistry.italy()).isSameAs(registry);
    assertThat(registry.listSource()).startsWith("ISTAT");
  }

  @Test
  void namesTheNpmPackageMisencodedAreReadBackAsIstatWritesThem() {
    assertThat(registry.byCode("031019").orElseThrow().name()).isEqualTo("San Floriano del Collio-Števerjan");
    assertThat(registry.byCode("032001").orElseThrow().name()).isEqualTo("Duino Aurisina-Devin Nabrežina");
    assertThat(registry.all()).allSatisfy(m -> assertThat(m.name()).doesNotContainPattern("[\\p{Cntrl}]"));
  }

  @Test
  void aDistrictsPopulationIsDerivedOnlyWhenEveryMemberHasOne() {
    Population fasano = registry.derivedPopulation(List.of("074007", "074005", "074012")).orElseThrow();
    assertThat(fasano.inhabitants()).isEqualTo(39482 + 11745 + 31860);
    assertThat(fasano.referenceDate()).isEqualTo(LocalDate.of(2011, 10, 9));
    assertThat(fasano.source()).startsWith("derivata: somma di 3 comuni del registro (ISTAT");
    assertThat(registry.derivedPopulation(List.of("074007", "081021"))).as("Trapani has none").isEmpty();
    assertThat(registry.derivedPopulation(List.of("074007", "019999"))).as("unknown code").isEmpty();
    assertThat(registry.derivedPopulation(List.of("074007", "074007"))).as("counted twice").isEmpty();
    assertThat(registry.derivedPopulation(List.of())).isEmpty();
  }

  @Test
  void aLookupByCodeGivesTheSameMunicipalityAsEveryOtherLookup() {
    MunicipalityRegistry fresh = MunicipalityRegistry.load();
    Municipality crema = fresh.byCode("019035").orElseThrow();
    assertThat(fresh.byCode("019035").orElseThrow()).isSameAs(crema);
    assertThat(fresh.inProvince("CR")).filteredOn(m -> m.istatCode().equals("019035")).singleElement().isSameAs(crema);
    assertThat(fresh.byName("Crema")).singleElement().isSameAs(crema);
    assertThat(fresh.all()).isEqualTo(registry.all());
  }

  @Test
  void onlyASixDigitCodeOfTheListIsFound() {
    for (String notACode : List.of("19035", "0190350", "01903a", "-19035", "+19035", "000000", "019 35", "０１９０３５")) {
      assertThat(registry.byCode(notACode)).as(notACode).isEmpty();
    }
    assertThat(registry.derivedPopulation(List.of("019035", "19035"))).isEmpty();
  }

  @Test
  void threadsLookingUpAtOnceShareOneMunicipality() throws Exception {
    MunicipalityRegistry fresh = MunicipalityRegistry.load();
    List<String> codes = registry.all().stream().map(Municipality::istatCode).collect(Collectors.toList());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Municipality>>> lookups = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        lookups.add(pool.submit(() -> codes.stream().map(c -> fresh.byCode(c).orElseThrow())
            .collect(Collectors.toList())));
      }
      List<Municipality> first = lookups.get(0).get();
      for (Future<List<Municipality>> lookup : lookups) {
        List<Municipality> found = lookup.get();
        for (int i = 0; i < found.size(); i++) {
          assertThat(found.get(i)).isSameAs(first.get(i)).isSameAs(fresh.all().get(i));
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
