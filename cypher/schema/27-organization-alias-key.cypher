CREATE CONSTRAINT organization_alias_key IF NOT EXISTS FOR (n:OrganizationAlias) REQUIRE n.key IS UNIQUE
