/**
 * Full-text search of transcripts with Hibernate Search: messages (and, as a second indexed type,
 * review comments) are indexed on their Lucene backend in an on-disk index under the data
 * directory, with an English analyzer; the index is derived from the database and can be rebuilt
 * from it with the mass indexer. Every query goes through Hibernate Search's DSL (never raw
 * Lucene), so moving to its Elasticsearch/OpenSearch backend is configuration plus the analyzer
 * definitions for that backend. {@link com.replycraft.app.search.SearchService} answers queries;
 * {@link com.replycraft.app.search.SearchIndexer} rebuilds the index.
 */
@NullMarked
package com.replycraft.app.search;

import org.jspecify.annotations.NullMarked;
