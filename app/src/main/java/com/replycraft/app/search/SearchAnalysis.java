package com.replycraft.app.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers the search mapping names (Hibernate Search's Lucene backend has no built-in
 * "english"). Registered with {@code hibernate.search.backend.analysis.configurer}; an
 * Elasticsearch backend would define the same names in an {@code ElasticsearchAnalysisConfigurer}.
 *
 * <ul>
 *   <li>{@value #ENGLISH}: words, possessives dropped ("customer's" → "customer"), lower case,
 *       accents folded, English stop words removed, Porter stems ("refunded" → "refund").
 *   <li>{@value #ENGLISH_EXACT}: the same without stemming, so a query's exact word forms can rank
 *       above its other forms.
 *   <li>normalizer {@value #LOWERCASE}: keyword fields (agent ids) compared without case or
 *       accents.
 * </ul>
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

  public static final String ENGLISH = "english";
  public static final String ENGLISH_EXACT = "english_exact";
  public static final String LOWERCASE = "lowercase";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    // Possessives before lower case (the filter matches 's and 'S); folding before stop words and
    // stems, so "résumé" and "resume" meet; stop words before stemming, as Lucene's
    // EnglishAnalyzer does.
    context
        .analyzer(ENGLISH)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(EnglishPossessiveFilterFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(StopFilterFactory.class)
        .tokenFilter(PorterStemFilterFactory.class);
    context
        .analyzer(ENGLISH_EXACT)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(EnglishPossessiveFilterFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(StopFilterFactory.class);
    context
        .normalizer(LOWERCASE)
        .custom()
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }
}
