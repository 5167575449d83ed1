package org.example.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.io.PlanJson;
import it.pianodizona.io.PlanModule;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.standard.StandardRules;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A vendor's intake of zone plans: the JSON a district uploads is read, validated as of the day
 * it arrives, accepted only if no rule reports an error, and filed in the vendor's own envelope
 * with the vendor's own {@link ObjectMapper}.
 */
public final class PlanIntake {

  /** What the intake decided about one upload. */
  public record Outcome(ZonePlan plan, ValidationReport report) {

    public boolean accepted() {
      return !report.hasErrors();
    }
  }

  /** The vendor's archive record: its own fields around the plan. */
  public record Filed(String districtName, String receivedOn, ZonePlan plan) {}

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new PlanModule());

  /**
   * Reads and validates an upload.
   *
   * @throws it.pianodizona.io.PlanReadException if the upload is not a readable plan; its message
   *     says where (line, column, JSON Pointer) and why
   */
  public Outcome receive(String json, LocalDate receivedOn) {
    ZonePlan plan = PlanJson.read(json, "upload");
    ValidationReport report = StandardRules.validator(ValidationOptions.builder()
        .asOf(receivedOn).locale(Locale.ITALIAN).build()).validate(plan);
    return new Outcome(plan, report);
  }

  /** The archive record of an accepted plan, as JSON. */
  public String file(Outcome outcome, LocalDate receivedOn) throws JsonProcessingException {
    if (!outcome.accepted()) {
      throw new IllegalArgumentException("only accepted plans are filed");
    }
    Filed filed = new Filed(outcome.plan().district().name(), receivedOn.toString(), outcome.plan());
    return mapper.writeValueAsString(filed);
  }

  /** An archive record read back. */
  public Filed readFiled(String json) throws JsonProcessingException {
    return mapper.readValue(json, Filed.class);
  }
}
