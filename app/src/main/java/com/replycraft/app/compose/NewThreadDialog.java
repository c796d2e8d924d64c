package com.replycraft.app.compose;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.NewThread;
import com.replycraft.app.conversation.PastedThread;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.util.Arrays;

/** Starts a thread from customer messages an agent pastes (format: see {@link PastedThread}). */
class NewThreadDialog extends Dialog {

  final Select<Channel> channel = new Select<>();
  final TextField customerName = new TextField("Customer name");
  final Checkbox signedIn = new Checkbox("Customer is signed in");
  final NumberField value = new NumberField("Customer value");
  final TextField subject = new TextField("Subject");
  final TextArea pasted = new TextArea("Messages");
  final Div problems = new Div();
  final Button create = new Button("Create thread");

  NewThreadDialog(ConversationService conversations, Clock clock) {
    setHeaderTitle("New thread");
    setWidth("min(720px, 95vw)");
    channel.setLabel("Channel");
    channel.setItems(Arrays.stream(Channel.values()).filter(c -> c != Channel.VOICE).toList());
    channel.setItemLabelGenerator(Names::channel);
    channel.setValue(Channel.EMAIL);
    channel.setId("new-thread-channel");
    customerName.setId("new-thread-customer");
    subject.setId("new-thread-subject");
    pasted.setId("new-thread-messages");
    pasted.setWidthFull();
    pasted.setMinHeight("14em");
    pasted.setHelperText(
        "One message per block, each starting with its time: \"2026-11-20 09:15\", \"20/11/2026"
            + " 09:15\", \"Mon 09:15\", \"yesterday 09:15\" or \"09:15\" (times in "
            + clock.getZone().getId()
            + "). Add \"bot\" or \"agent\" after the time for their turns; customer is the"
            + " default.");
    pasted.setPlaceholder(
        "2026-11-20 09:15\nHi, my parcel never arrived. Order RC-4821.\n\nMon 14:02\nStill nothing?");
    problems.addClassName("rc-problems");
    FormLayout form = new FormLayout(channel, customerName, signedIn, value, subject);
    form.setColspan(subject, 2);
    add(form, pasted, problems);
    create.setId("new-thread-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(e -> create(conversations, clock));
    getFooter().add(new Button("Cancel", e -> close()), create);
  }

  private void create(ConversationService conversations, Clock clock) {
    PastedThread.Result result =
        PastedThread.parse(pasted.getValue(), clock.instant(), clock.getZone());
    problems.removeAll();
    if (!result.problems().isEmpty()) {
      UnorderedList list = new UnorderedList();
      result.problems().forEach(p -> list.add(new ListItem(p.toString())));
      problems.add(list);
    }
    if (result.messages().isEmpty()) {
      pasted.setInvalid(true);
      pasted.setErrorMessage("No message could be read; see the lines listed below.");
      return;
    }
    String name = customerName.getValue().isBlank() ? null : customerName.getValue().strip();
    ThreadSnapshot created =
        conversations.create(
            new NewThread(
                null,
                channel.getValue(),
                subject.getValue().isBlank() ? null : subject.getValue().strip(),
                new Customer(name, signedIn.getValue(), value.getValue(), false),
                null,
                result.messages()));
    if (!result.problems().isEmpty()) {
      Notification.show(
          result.messages().size()
              + " message(s) kept; skipped: "
              + String.join("; ", result.problems().stream().map(Object::toString).toList()),
          8000,
          Notification.Position.BOTTOM_START);
    }
    close();
    UI.getCurrent()
        .navigate(
            ComposeView.class, new RouteParameters("conversationId", String.valueOf(created.id())));
  }
}
