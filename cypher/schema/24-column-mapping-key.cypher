CREATE CONSTRAINT column_mapping_key IF NOT EXISTS FOR (m:ColumnMapping) REQUIRE (m.kind, m.headersKey) IS UNIQUE
