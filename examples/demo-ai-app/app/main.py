"""Sentiment service: classifies support tickets for routing."""
from fastapi import FastAPI
from pydantic import BaseModel

from app.model_loader import load_classifier

app = FastAPI(title="ticket-router")
classifier = load_classifier()


class Ticket(BaseModel):
    text: str


@app.post("/classify")
def classify(ticket: Ticket) -> dict:
    label, score = classifier(ticket.text)
    return {"label": label, "score": score}


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}
