from huggingface_hub import hf_hub_download
from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

MODEL_ID = "distilbert/distilbert-base-uncased-finetuned-sst-2-english"

# Pinned to a commit: the BOM records the revision.
tokenizer = AutoTokenizer.from_pretrained(
    "distilbert/distilbert-base-uncased-finetuned-sst-2-english",
    revision="714eb0fa89d2f80546fda750413ed43d93601a13",
)
model = AutoModelForSequenceClassification.from_pretrained("./models/sentiment")  # local folder, not a hub id
weights = hf_hub_download(repo_id="acme/toxicity-guard", filename="model.safetensors")
classifier = pipeline("zero-shot-classification", model="facebook/bart-large-mnli")
dynamic = AutoTokenizer.from_pretrained(MODEL_ID)  # a variable: not a literal reference
