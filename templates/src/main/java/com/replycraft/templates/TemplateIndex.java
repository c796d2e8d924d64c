package com.replycraft.templates;

import com.replycraft.scoring.thread.Channel;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory Lucene index of the catalog: BM25 (Lucene's default similarity) over title, intents,
 * tags and body with the English analyzer, and the channel as an exact {@link StringField} used as
 * a filter. Built once and never changed, so one {@link IndexSearcher} serves every thread. User
 * text is turned into queries by {@link QueryBuilder} through the analyzer, never parsed as query
 * syntax, so quotes, colons and brackets in a customer's message are just words.
 */
final class TemplateIndex implements Closeable {

  static final String ID = "id";
  static final String CHANNEL = "channel";
  static final String TITLE = "title";
  static final String INTENTS = "intents";
  static final String TAGS = "tags";
  static final String BODY = "body";

  /** Field boosts: what a template is for outweighs the words it happens to use. */
  static final Map<String, Float> BOOSTS =
      Map.of(INTENTS, 3.0f, TITLE, 2.0f, TAGS, 2.0f, BODY, 1.0f);

  /**
   * Customer messages can be long; the tail (the latest words) is kept so the query stays well
   * under Lucene's clause limit (four fields times the tokens of this many characters).
   */
  static final int MAX_QUERY_CHARS = 1500;

  private final ByteBuffersDirectory directory;
  private final Analyzer analyzer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Map<String, Template> byId;

  TemplateIndex(List<Template> templates) {
    this.directory = new ByteBuffersDirectory();
    this.analyzer = new EnglishAnalyzer();
    Map<String, Template> ids = new java.util.LinkedHashMap<>();
    try {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Template template : templates) {
          writer.addDocument(document(template));
          ids.put(template.id(), template);
        }
      }
      this.reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the template index", e);
    }
    this.searcher = new IndexSearcher(reader);
    this.byId = Map.copyOf(ids);
  }

  private static Document document(Template template) {
    Document doc = new Document();
    doc.add(new StringField(ID, template.id(), Field.Store.YES));
    for (Channel channel : template.channels()) {
      doc.add(new StringField(CHANNEL, channel.name(), Field.Store.NO));
    }
    doc.add(new TextField(TITLE, template.title(), Field.Store.NO));
    for (String intent : template.intents()) {
      doc.add(new TextField(INTENTS, intent.replace('-', ' '), Field.Store.NO));
    }
    for (String tag : template.tags()) {
      doc.add(new TextField(TAGS, tag.replace('-', ' '), Field.Store.NO));
    }
    doc.add(
        new TextField(BODY, template.body().replaceAll("\\{\\{[^{}]*\\}\\}", " "), Field.Store.NO));
    return doc;
  }

  /**
   * The best templates for free text, best first; a blank query lists the channel's templates in
   * catalog order.
   *
   * @param channel only templates written for this channel; null for all
   */
  List<TemplateHit> search(String text, @Nullable Channel channel, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    String tail =
        text.length() > MAX_QUERY_CHARS ? text.substring(text.length() - MAX_QUERY_CHARS) : text;
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    QueryBuilder builder = new QueryBuilder(analyzer);
    boolean anyTerm = false;
    for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
      Query perField = builder.createBooleanQuery(field.getKey(), tail, Occur.SHOULD);
      if (perField != null) {
        query.add(new BoostQuery(perField, field.getValue()), Occur.SHOULD);
        anyTerm = true;
      }
    }
    if (!anyTerm) {
      if (!text.isBlank()) {
        return List.of(); // only stop words or punctuation: nothing to match on
      }
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    if (channel != null) {
      query.add(new TermQuery(new Term(CHANNEL, channel.name())), Occur.FILTER);
    }
    try {
      ScoreDoc[] docs = searcher.search(query.build(), limit).scoreDocs;
      List<TemplateHit> hits = new ArrayList<>(docs.length);
      for (ScoreDoc doc : docs) {
        String id = searcher.storedFields().document(doc.doc).get(ID);
        hits.add(new TemplateHit(byId.get(id), doc.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("template search failed", e);
    }
  }

  @Override
  public void close() throws IOException {
    try (directory;
        analyzer;
        reader) {
      // closed in reverse order: reader, analyzer, directory
    }
  }
}
