package com.replycraft.templates;

/**
 * One search result: a template and its BM25 score (higher is better; only comparable within one
 * search).
 */
public record TemplateHit(Template template, float score) {}
