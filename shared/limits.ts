// Limits the server enforces and the client respects, said once.

/** Organisations one network question may name (a path, a partner list, a search hit in context). */
export const maxNamedOrganizations = 1000;
