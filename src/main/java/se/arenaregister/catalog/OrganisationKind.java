package se.arenaregister.catalog;

/** What kind of actor an organisation is. Labels in messages: {@code organisationKind.CODE}. */
public enum OrganisationKind {
    REGION, MUNICIPALITY, AGENCY, GOVERNMENT, COMPANY, ASSOCIATION, EU_BODY, UNIVERSITY, OTHER
}
