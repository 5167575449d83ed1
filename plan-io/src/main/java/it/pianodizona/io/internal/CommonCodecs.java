package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.DateCodecs.DATE_CODEC;
import static it.pianodizona.io.internal.DateCodecs.PARTIAL_DATE_CODEC;
import static it.pianodizona.io.internal.EnumCodecs.enumCodec;
import static it.pianodizona.io.internal.TextCodecs.STRING;

import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.ImmutableDateWindow;
import it.pianodizona.model.common.ImmutableLegalReference;
import it.pianodizona.model.common.ImmutableSourceRef;
import it.pianodizona.model.common.LegalReference;
import it.pianodizona.model.common.LegalReferenceKind;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.common.SourceRef;
import java.time.LocalDate;

/**
 * Codifiche comuni: sources, legal references, periods and date windows, shared by every part of
 * the plan (model package {@code common}).
 *
 * <p>Part of the mapping indexed by {@link ModelCodecs}; types are listed leaves first, because
 * each codec refers to the codecs of its fields.
 */
public final class CommonCodecs {

  private CommonCodecs() {}

  public static final ObjectCodec<SourceRef, ImmutableSourceRef.Builder> SOURCE_REF = ObjectCodec
      .of(SourceRef.class, "Fonte: where a fact comes from", SourceRef::builder, ImmutableSourceRef.Builder::build)
      .required("document", SourceRef::document, ImmutableSourceRef.Builder::document, STRING)
      .optional("locator", SourceRef::locator, ImmutableSourceRef.Builder::locator, STRING)
      .optional("quote", SourceRef::quote, ImmutableSourceRef.Builder::quote, STRING)
      .build();

  public static final ObjectCodec<LegalReference, ImmutableLegalReference.Builder> LEGAL_REFERENCE = ObjectCodec
      .of(LegalReference.class, "Riferimento normativo: a citation of a law, decree or resolution",
          LegalReference::builder, ImmutableLegalReference.Builder::build)
      .required("kind", LegalReference::kind, ImmutableLegalReference.Builder::kind, enumCodec(LegalReferenceKind.class))
      .required("citation", LegalReference::citation, ImmutableLegalReference.Builder::citation, STRING)
      .optional("article", LegalReference::article, ImmutableLegalReference.Builder::article, STRING)
      .optional("title", LegalReference::title, ImmutableLegalReference.Builder::title, STRING)
      .optional("date", LegalReference::date, ImmutableLegalReference.Builder::date, DATE_CODEC)
      .build();

  /** {@link PlanPeriod} has no builder: its two bounds are collected here. */
  static final class PeriodBounds {
    LocalDate start;
    LocalDate end;
  }

  public static final ObjectCodec<PlanPeriod, PeriodBounds> PLAN_PERIOD = ObjectCodec
      .of(PlanPeriod.class, "Periodo: a closed range of days", PeriodBounds::new, b -> PlanPeriod.of(b.start, b.end))
      .required("start", PlanPeriod::start, (b, v) -> b.start = v, DATE_CODEC)
      .required("end", PlanPeriod::end, (b, v) -> b.end = v, DATE_CODEC)
      .build();

  public static final ObjectCodec<DateWindow, ImmutableDateWindow.Builder> DATE_WINDOW = ObjectCodec
      .of(DateWindow.class, "Finestra temporale dichiarata: a window stated in words, with partial-date bounds",
          DateWindow::builder, ImmutableDateWindow.Builder::build)
      .required("from", DateWindow::from, ImmutableDateWindow.Builder::from, PARTIAL_DATE_CODEC)
      .required("to", DateWindow::to, ImmutableDateWindow.Builder::to, PARTIAL_DATE_CODEC)
      .optional("statedAs", DateWindow::statedAs, ImmutableDateWindow.Builder::statedAs, STRING)
      .build();
}
