"""Loads the fine-tuned classifier.

The team fine-tuned a public base model and keeps the weights in models/. The hub fallback pulls
whatever is on `main` today and trusts the repository's own code: both are typical, both are risky.
"""
import os

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

BASE_MODEL = "distilbert/distilbert-base-uncased"
LOCAL_WEIGHTS = os.path.join(os.path.dirname(__file__), "..", "models", "classifier.pt")


def load_classifier():
    tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL)
    if os.path.exists(LOCAL_WEIGHTS):
        # torch.load unpickles: anything in this file runs with the service's rights.
        model = torch.load(LOCAL_WEIGHTS, weights_only=False)
    else:
        model = AutoModelForSequenceClassification.from_pretrained(
            "acme-ml/ticket-router-ft", trust_remote_code=True
        )
    model.eval()

    def classify(text: str):
        inputs = tokenizer(text, return_tensors="pt", truncation=True)
        with torch.no_grad():
            logits = model(**inputs).logits
        probs = logits.softmax(-1)[0]
        idx = int(probs.argmax())
        return model.config.id2label[idx], float(probs[idx])

    return classify
