package com.replycraft.training;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The one list of element detectors, one per {@link Element}. */
final class ElementDetectors {

  private static final List<ElementDetector> ALL =
      List.of(
          new OffersCallDetector(),
          new GivesConcreteTimeDetector(),
          new AcknowledgesWaitDetector(),
          new UsesNameDetector(),
          new ApologisesDetector(),
          new NamesNextStepDetector(),
          new TakesOwnershipDetector(),
          new AcknowledgesFeelingDetector(),
          new MovesToPrivateDetector(),
          new UsesThreadDetailsDetector());

  private static final Map<Element, ElementDetector> BY_ELEMENT = index();

  private ElementDetectors() {}

  static List<ElementDetector> all() {
    return ALL;
  }

  static ElementDetector forElement(Element element) {
    ElementDetector detector = BY_ELEMENT.get(element);
    if (detector == null) {
      throw new IllegalStateException("no detector for " + element);
    }
    return detector;
  }

  private static Map<Element, ElementDetector> index() {
    Map<Element, ElementDetector> map = new EnumMap<>(Element.class);
    for (ElementDetector detector : ALL) {
      if (map.put(detector.element(), detector) != null) {
        throw new IllegalStateException("two detectors for " + detector.element());
      }
    }
    return map;
  }
}
