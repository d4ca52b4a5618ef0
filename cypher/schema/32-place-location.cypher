CREATE POINT INDEX place_location IF NOT EXISTS FOR (n:Place) ON (n.location)
