"""Printed documents: what they say (content), how they look (render), their seal, batch printing."""
