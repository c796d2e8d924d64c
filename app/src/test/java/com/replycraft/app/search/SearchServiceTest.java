package com.replycraft.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.review.ImportService;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import jakarta.persistence.EntityManagerFactory;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class SearchServiceTest {

  static final String HEADER =
      "conversation_id,channel,author,agent_id,timestamp,text,customer_name,customer_authenticated,customer_value\n";

  @Autowired SearchService search;
  @Autowired SearchIndexer indexer;
  @Autowired ImportService imports;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired SearchIndexBootstrap bootstrap;

  /** A word no other test data has, so each test sees only its own threads. */
  private String tag;

  @BeforeEach
  void uniqueTag() {
    tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private void importThreads(String... rows) {
    imports.importCsv(new StringReader(HEADER + String.join("\n", rows) + "\n"));
  }

  private String row(
      String id, String channel, String author, String agent, String at, String text) {
    return id + "-" + tag + "," + channel + "," + author + "," + agent + "," + at + ",\"" + text
        + " " + tag + "\",,,";
  }

  private List<SearchHit> find(SearchQuery query) {
    return search.search(query, 0, 50).hits();
  }

  private List<SearchHit> find(String words) {
    return find(SearchQuery.words(words + " " + tag));
  }

  @Test
  void refunded_finds_a_message_that_says_refund() {
    importThreads(
        row(
            "stem",
            "EMAIL",
            "CUSTOMER",
            "",
            "2026-11-17T08:55:00Z",
            "I want a refund for order 5521"));

    assertThat(find("refunded")).hasSize(1);
  }

  @Test
  void waiting_finds_a_message_that_says_waited() {
    importThreads(
        row(
            "wait",
            "EMAIL",
            "CUSTOMER",
            "",
            "2026-11-17T08:55:00Z",
            "I waited three days for this"));

    assertThat(find("waiting")).hasSize(1);
    assertThat(find("waits")).hasSize(1);
  }

  @Test
  void stop_words_neither_match_on_their_own_nor_get_in_the_way() {
    importThreads(
        row("stop", "EMAIL", "CUSTOMER", "", "2026-11-17T08:55:00Z", "The parcel is on the way"));

    assertThat(search.search(SearchQuery.words("the"), 0, 10).total()).isZero();
    assertThat(find("the parcel")).hasSize(1);
  }

  @Test
  void a_phrase_matches_only_words_in_that_order() {
    importThreads(
        row("p1", "EMAIL", "CUSTOMER", "", "2026-11-17T08:55:00Z", "My card was charged twice"),
        row(
            "p2",
            "EMAIL",
            "CUSTOMER",
            "",
            "2026-11-17T08:55:00Z",
            "Twice now my card was not charged"));

    List<SearchHit> hits = find("\"charged twice\"");

    assertThat(hits).extracting(SearchHit::conversationRef).containsExactly("p1-" + tag);
  }

  @Test
  void minus_excludes_and_a_bar_means_either() {
    importThreads(
        row(
            "x1",
            "EMAIL",
            "CUSTOMER",
            "",
            "2026-11-17T08:55:00Z",
            "Refund please, the parcel is broken"),
        row(
            "x2",
            "EMAIL",
            "CUSTOMER",
            "",
            "2026-11-17T08:55:00Z",
            "Refund please, I changed my mind"),
        row("x3", "EMAIL", "CUSTOMER", "", "2026-11-17T08:55:00Z", "I want a chargeback now"));

    assertThat(find("refund -broken"))
        .extracting(SearchHit::conversationRef)
        .containsExactly("x2-" + tag);
    assertThat(find("(refund | chargeback)")).hasSize(3);
  }

  @Test
  void filters_narrow_by_channel_author_agent_and_day() {
    importThreads(
        row("f1", "EMAIL", "CUSTOMER", "", "2026-11-17T08:55:00Z", "Where is my parcel"),
        row("f1", "EMAIL", "AGENT", "A.Lee", "2026-11-18T09:00:00Z", "Your parcel left today"),
        row("f2", "LIVE_CHAT", "AGENT", "s.kim", "2026-11-20T09:00:00Z", "Your parcel is late"));
    SearchQuery parcel = SearchQuery.words("parcel " + tag);

    assertThat(find(parcel.withChannel(Channel.LIVE_CHAT)))
        .extracting(SearchHit::agentId)
        .containsExactly("s.kim");
    assertThat(find(parcel.withAuthor(Author.CUSTOMER)))
        .extracting(SearchHit::author)
        .containsExactly(Author.CUSTOMER);
    assertThat(find(parcel.withAgentId("a.lee")))
        .extracting(SearchHit::agentId)
        .containsExactly("A.Lee");
    assertThat(find(parcel.between(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18))))
        .extracting(SearchHit::agentId)
        .containsExactly("A.Lee");
    assertThat(find(parcel.between(LocalDate.of(2026, 11, 19), null))).hasSize(1);
  }

  @Test
  void highlights_mark_the_matched_words_and_escape_the_rest() {
    importThreads(
        row(
            "h",
            "EMAIL",
            "CUSTOMER",
            "",
            "2026-11-17T08:55:00Z",
            "Still <b>waiting</b> for my refunds & answers"));

    SearchHit hit = find("refund waited").get(0);
    Highlight fragment = hit.highlights().get(0);

    assertThat(fragment.hits()).contains("refunds", "waiting");
    assertThat(fragment.html())
        .contains("<em>refunds</em>")
        .contains("&lt;b&gt;<em>waiting</em>&lt;/b&gt;")
        .contains("&amp; answers");
    assertThat(hit.link()).isEqualTo("review/" + hit.conversationId());
  }

  @Test
  void the_total_counts_every_hit_beyond_the_page() {
    importThreads(
        row("t1", "EMAIL", "CUSTOMER", "", "2026-11-17T08:55:00Z", "Late delivery"),
        row("t2", "EMAIL", "CUSTOMER", "", "2026-11-17T08:56:00Z", "Late delivery again"),
        row("t3", "EMAIL", "CUSTOMER", "", "2026-11-17T08:57:00Z", "Late delivery once more"));

    SearchPage page = search.search(SearchQuery.words("delivery " + tag), 1, 1);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.hits()).hasSize(1);
  }

  @Test
  void a_re_import_replaces_the_indexed_text_and_leaves_no_stale_hit() {
    importThreads(row("re", "EMAIL", "CUSTOMER", "", "2026-11-17T08:55:00Z", "My voucher expired"));
    assertThat(find("voucher")).hasSize(1);

    importThreads(row("re", "EMAIL", "CUSTOMER", "", "2026-11-17T08:55:00Z", "My coupon expired"));

    assertThat(find("voucher")).isEmpty();
    assertThat(find("coupon")).hasSize(1);
  }

  @Test
  void a_rebuild_restores_the_hits_after_the_index_was_emptied() throws Exception {
    importThreads(
        row(
            "mass",
            "EMAIL",
            "CUSTOMER",
            "",
            "2026-11-17T08:55:00Z",
            "My subscription renewed twice"));
    assertThat(find("subscription")).hasSize(1);

    Search.mapping(entityManagerFactory).scope(Object.class).workspace().purge();
    assertThat(find("subscription")).isEmpty();

    IndexStatus done = indexer.rebuild().get(2, TimeUnit.MINUTES);

    assertThat(done.state()).isEqualTo(IndexStatus.State.DONE);
    assertThat(done.indexed()).isEqualTo(indexer.storedDocuments());
    assertThat(find("subscription")).hasSize(1);
  }

  @Test
  void start_up_rebuilds_an_empty_index_and_leaves_a_filled_one_alone() throws Exception {
    importThreads(
        row("boot", "EMAIL", "CUSTOMER", "", "2026-11-17T08:55:00Z", "My warranty claim vanished"));
    IndexStatus before = indexer.status();

    bootstrap.run();
    assertThat(indexer.status()).as("the index has documents").isSameAs(before);

    Search.mapping(entityManagerFactory).scope(Object.class).workspace().purge();
    bootstrap.run();
    IndexStatus started = indexer.status();

    assertThat(started).isNotSameAs(before);
    assertThat(started.state()).isIn(IndexStatus.State.RUNNING, IndexStatus.State.DONE);
    indexer.rebuild().get(2, TimeUnit.MINUTES);
    assertThat(find("warranty")).hasSize(1);
  }

  @Test
  void refuses_a_bad_page_size_and_an_overlong_query_naming_the_field() {
    assertThatThrownBy(() -> search.search(SearchQuery.words("refund"), 0, 0))
        .isInstanceOfSatisfying(
            InvalidSearchException.class, e -> assertThat(e.field()).isEqualTo("size"));
    assertThatThrownBy(() -> SearchQuery.words("x".repeat(SearchQuery.MAX_TEXT + 1)))
        .isInstanceOfSatisfying(
            InvalidSearchException.class, e -> assertThat(e.field()).isEqualTo("q"));
  }
}
