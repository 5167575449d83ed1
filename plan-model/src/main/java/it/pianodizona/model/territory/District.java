package it.pianodizona.model.territory;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Ambito territoriale / distrettuale: the district of associated municipalities that writes
 * the plan (L. 328/2000 art. 8 c.3 lett. a), with its sub-districts and member municipalities.
 *
 * <p>The counts a document declares ("27 comuni") are kept apart, in the plan's declared
 * counts, so that a rule can compare them with the members listed here.
 */
@Value.Immutable
public interface District extends Traceable {

  String id();

  /** The name, e.g. "Ambito Distrettuale di Crema". */
  String name();

  Region region();

  /** Comune capofila / ente capofila: the lead municipality. */
  Optional<String> leadMunicipalityId();

  /** The health authority (ATS/ASL/AUSL) the district agrees the plan with, an organisation id. */
  Optional<String> healthAuthorityId();

  /**
   * Codice ufficiale: the district's number or code as its region gives it, e.g. "Ambito n. 5",
   * "RM 5.2", "D22" (schema 1.1).
   */
  Optional<String> officialCode();

  ImmutableList<SubDistrict> subDistricts();

  ImmutableList<Municipality> municipalities();

  /**
   * Popolazione dell'ambito as the plan states it; absent when the plan states none (rules may
   * then derive it from the registry of municipalities).
   */
  Optional<StatedPopulation> population();

  static ImmutableDistrict.Builder builder() {
    return ImmutableDistrict.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
