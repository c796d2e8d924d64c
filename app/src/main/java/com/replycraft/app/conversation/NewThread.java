package com.replycraft.app.conversation;

import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A thread to create (pasted by an agent, from the demo file, or imported). */
public record NewThread(
    @Nullable @Size(max = 120) String externalId,
    @NotNull Channel channel,
    @Nullable @Size(max = 200) String subject,
    @NotNull Customer customer,
    @Nullable @Size(max = 40) String industry,
    @NotEmpty(message = "Add at least one message") List<@Valid Message> messages) {

  public NewThread {
    messages = List.copyOf(messages);
  }

  /** One turn of a new thread. */
  public record Message(
      @NotNull Author author,
      @NotNull Instant at,
      @NotBlank @Size(max = 20000) String text,
      @Nullable String agentId) {}
}
