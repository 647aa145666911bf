const express = require('express');

const app = express();
app.use(express.json());

const greeting = process.env.GREETING || 'Hello from Express';
const notes = [{ id: 1, text: 'Try `docker-to-workers dev examples/express-app`' }];

app.get('/', (req, res) => {
  res.json({ message: greeting, notes: '/notes' });
});

app.get('/health', (req, res) => {
  res.json({ ok: true });
});

app.get('/notes', (req, res) => {
  res.json(notes);
});

app.get('/notes/:id', (req, res) => {
  const note = notes.find((n) => n.id === Number(req.params.id));
  if (!note) return res.status(404).json({ error: 'not found' });
  return res.json(note);
});

const port = Number(process.env.PORT) || 3000;
app.listen(port, () => {
  console.log(`express-notes listening on ${port}`);
});
