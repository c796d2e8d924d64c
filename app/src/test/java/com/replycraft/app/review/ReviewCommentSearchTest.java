package com.replycraft.app.review;

import static com.replycraft.app.review.ReviewFixtures.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.search.SearchHit;
import com.replycraft.app.search.SearchQuery;
import com.replycraft.app.search.SearchService;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reviewers find what QA wrote about replies in the same search as the messages themselves. */
@ReplyCraftTest
class ReviewCommentSearchTest {

  @Autowired ReviewService reviews;
  @Autowired ReviewFixtures fixtures;
  @Autowired SearchService search;

  @Test
  void a_comment_on_a_review_is_found_by_its_words_and_leads_to_the_review() {
    String tag = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();

    ReviewDetails saved =
        reviews.save(
            conversation,
            new ReviewForm(
                null,
                sheet.ratings(),
                Map.of(1, "The customer was refunded late " + tag),
                "Acknowledge waits " + tag),
            false,
            reviewer());

    var hits = search.search(SearchQuery.words("refund " + tag), 0, 10).hits();
    assertThat(hits).hasSize(1);
    SearchHit hit = hits.get(0);
    assertThat(hit.kind()).isEqualTo(SearchHit.Kind.REVIEW_COMMENT);
    assertThat(hit.link()).isEqualTo("reviews/" + saved.id());
    assertThat(hit.conversationId()).isEqualTo(conversation);
    assertThat(hit.highlights().get(0).hits()).contains("refunded");
    assertThat(search.search(SearchQuery.words("acknowledged " + tag), 0, 10).hits())
        .as("the overall comment is searched too, stemmed")
        .hasSize(1);
  }

  @Test
  void an_edited_comment_no_longer_matches_its_old_words() {
    String tag = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();
    ReviewDetails first =
        reviews.save(
            conversation,
            new ReviewForm(null, sheet.ratings(), Map.of(), "Too curt " + tag),
            false,
            reviewer());

    reviews.save(
        conversation,
        new ReviewForm(first.version(), sheet.ratings(), Map.of(), "Warm and clear " + tag),
        false,
        reviewer());

    assertThat(search.search(SearchQuery.words("curt " + tag), 0, 10).hits()).isEmpty();
    assertThat(search.search(SearchQuery.words("warm " + tag), 0, 10).hits()).hasSize(1);
  }
}
