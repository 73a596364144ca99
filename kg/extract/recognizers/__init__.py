"""The mention recognizers, one module each: at each token every recognizer proposes candidate spans
(kg.doc.RawMention) and kg.extract.mentions.MentionFinder keeps the longest; kg.extract.resolve chooses entities."""
