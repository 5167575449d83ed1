package it.pianodizona.model.territory;

/**
 * Soggetto: anything that can sign or adhere to an agreement, sit in a body, issue a call or be
 * a referent: a {@link Municipality} of the district or another {@link Organisation}.
 *
 * <p>Municipalities and organisations share one id space within a plan.
 */
public interface Party {

  String id();

  String name();

  OrganisationKind kind();
}
