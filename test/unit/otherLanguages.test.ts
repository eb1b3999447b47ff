// A course in another language is data like any other: its students write their levels and times
// in that language, and both readers read them (notes/markers.ts, notes/timeEstimate.ts).
import assert from 'node:assert/strict';
import { CatalogIndex, type CatalogModule } from '../../server/src/notes/catalog';
import { parseNotes } from '../../server/src/notes/parse';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import type { NotesModel } from '../../server/src/notes/types';

function course(areas: string[], levels: string[], modules: Omit<CatalogModule, 'minutes'>[]): CatalogIndex {
  return new CatalogIndex(modules, { areas: areas.map((name) => ({ name })), levels: levels.map((name) => ({ name })) });
}

/** Each module as the student sees it: its area, level, title and minutes. */
function modulesOf(model: NotesModel): string[] {
  return model.modules.map((module) => {
    const minutes = module.estimate?.kind === 'minutes' ? `${module.estimate.minutes.min} min` : (module.estimate?.kind ?? 'no time');
    return `${model.areas[module.areaIndex ?? -1]?.topic} / ${module.level} / ${module.title} / ${minutes}`;
  });
}

function readByBoth(text: string, catalog: CatalogIndex): string[] {
  const byLines = modulesOf(readNotesFromLines(text, { catalog }));
  assert.deepEqual(modulesOf(parseNotes(text, { catalog })), byLines, 'both readers read the notes alike');
  return byLines;
}

describe('a course in another language', () => {
  it('Spanish: `Nivel básico`, `Avanzado nivel`, minutes and hours written in Spanish', () => {
    const catalog = course(['Orquestación de Contenedores'], ['Básico', 'Avanzado'], [{ area: 'Orquestación de Contenedores', level: 'Básico', title: 'Vídeo: ¿Qué es un contenedor?' }]);
    const text = ['## Orquestación de Contenedores', '', '### Nivel Básico', '', '- [Vídeo: ¿Qué es un contenedor?](https://example.es/c) - 25 minutos', '  Comparten el núcleo.', '', '### Avanzado nivel', '', '**Despliegue con Kubernetes** (tiempo: 1 hora y 30 minutos)', '', 'Usé kubectl.', ''].join('\n');
    assert.deepEqual(readByBoth(text, catalog), [
      'Orquestación de Contenedores / Básico / Vídeo: ¿Qué es un contenedor? / 25 min',
      'Orquestación de Contenedores / Avanzado / Despliegue con Kubernetes / 90 min',
    ]);
  });

  it('German: `Stufe: Grundlagen`, `1 Std. 45 Min.`, `Dauer: 35 Minuten` on the line below', () => {
    const catalog = course(['Container-Orchestrierung'], ['Grundlagen', 'Fortgeschritten'], []);
    const text = ['## Container-Orchestrierung', '', '**Stufe: Grundlagen**', '', '* Übung: Kubernetes-Cluster einrichten — Zeit: 1 Std. 45 Min.', '  Mit kubeadm aufgesetzt.', '', '### Fortgeschritten', '', '#### Lektüre: Relationale Datenbanken', 'Dauer: 35 Minuten', '', 'Normalformen.', ''].join('\n');
    assert.deepEqual(readByBoth(text, catalog), [
      'Container-Orchestrierung / Grundlagen / Übung: Kubernetes-Cluster einrichten / 105 min',
      'Container-Orchestrierung / Fortgeschritten / Lektüre: Relationale Datenbanken / 35 min',
    ]);
  });

  it('Russian: `Базовый уровень` is a level, not a module named `уровень`; `2 часа`, `40 мин`', () => {
    const catalog = course(['Контейнеры'], ['Базовый', 'Продвинутый'], []);
    const text = ['## Контейнеры', '', '### Базовый уровень', '', '- [Видео: Что такое контейнер](https://example.ru/c) - 40 мин', '  Общее ядро.', '', '### Уровень: продвинутый', '', '- Практика: Развёртывание в Kubernetes (время: 2 часа)', '  kubectl apply.', ''].join('\n');
    assert.deepEqual(readByBoth(text, catalog), [
      'Контейнеры / Базовый / Видео: Что такое контейнер / 40 min',
      'Контейнеры / Продвинутый / Практика: Развёртывание в Kubernetes / 120 min',
    ]);
  });
  it("a resource kind of the course's language opens a module, as `Lab:` does: `Laboratorio:`, `Übung:`, `实验：`", () => {
    const catalog = course(['Bases de Datos'], ['Básico'], []);
    const text = ['## Bases de Datos', '', '### Básico', '', 'Laboratorio: Montar un clúster casero', '', 'Monté tres nodos.', '', 'Übung: Kafka-Themen anlegen', '', 'Themen angelegt.', '', '实验：使用 Kubernetes 部署应用（时间：90分钟）', '', '部署了应用。', ''].join('\n');
    assert.deepEqual(readByBoth(text, catalog), [
      'Bases de Datos / Básico / Laboratorio: Montar un clúster casero / no time',
      'Bases de Datos / Básico / Übung: Kafka-Themen anlegen / no time',
      'Bases de Datos / Básico / 实验：使用 Kubernetes 部署应用 / 90 min',
    ]);
  });

  it('amounts in words, halves, verbs and approximations of the course\'s language: `una hora`, `media hora`, `1 heure et demie`, `полтора часа`, `(tardé unos 30 minutos)`; a label saved decomposed', () => {
    const catalog = course(['Redes'], ['Básico'], []);
    const times = ['Tiempo: una hora', '(media hora)', 'Zeit: eine halbe Stunde', 'Temps: une demi-heure', 'Tempo: uma hora e meia', 'Время: полтора часа', '(1 hora y media)', 'Temps: 1 heure et demie', 'Tempo: 1 ora e mezza', 'Время: 1 час с половиной', 'Zeit: anderthalb Stunden', 'Tiempo: dos horas y media', '(Time: a hora)', 'Tiempo: dos-tres horas', '(1 hour e media)', '(tardé unos 30 minutos)', '(me llevó 2 horas)', '(ich brauchte etwa 40 Minuten)', 'Tiempo: cerca de 2 horas', '(duración: 40 minutos)'.normalize('NFD')];
    const text = ['## Redes', '', '### Básico', '', ...times.flatMap((time, index) => [`- Lectura ${index + 1} - ${time}`, '  notas'])].join('\n');
    assert.deepEqual(readByBoth(text, catalog).map((module) => module.replace(/^Redes \/ Básico \/ Lectura \d+ ?/, '')), [
      '/ 60 min', '/ 30 min', '/ 30 min', '/ 30 min', '/ 90 min', '/ 90 min', '/ 90 min', '/ 90 min', '/ 90 min', '/ 90 min', '/ 90 min', '/ 150 min', '/ unreadable', '/ 120 min', '/ 60 min', '/ 30 min', '/ 120 min', '/ 40 min', '/ 120 min', '/ 40 min',
    ]);
  });

  it('a level written without its accents or decomposed (`### Basico`, NFD) is the level', () => {
    const catalog = course(['Redes'], ['Básico', 'Avanzado'], []);
    const text = ['## Redes', '', '### Basico', '', '- Lectura uno - 10 minutos', '  notas', '', '### AVANZADO', '', '- Lectura dos - 20 minutos', '  notas', '', '### Nivel básico'.normalize('NFD'), '', '- Lectura tres - 30 minutos', '  notas', ''].join('\n');
    assert.deepEqual(readByBoth(text, catalog), ['Redes / Básico / Lectura uno / 10 min', 'Redes / Avanzado / Lectura dos / 20 min', 'Redes / Básico / Lectura tres / 30 min']);
  });

  it('Chinese: an area numbered `一、`, a level with a full-width colon `初级：`, a title of characters without spaces', () => {
    const catalog = course(['容器技术', '大数据与机器学习'], ['初级', '中级'], [{ area: '容器技术', level: '初级', title: '为什么使用容器' }]);
    const text = ['## 一、容器技术', '', '### 初级：', '', '#### 1. 为什么使用容器（20分钟）', '', '容器共享内核。', '', '### 中级：', '', '#### 2. 容器网络配置（1.5小时）', '', '桥接网络。', '', '## 十二．大数据与机器学习', '', '### 初级：', '', '#### 3. Hadoop 入门（40分钟）', '', 'HDFS。', ''].join('\n');
    assert.deepEqual(readByBoth(text, catalog), ['容器技术 / 初级 / 为什么使用容器 / 20 min', '容器技术 / 中级 / 容器网络配置 / 90 min', '大数据与机器学习 / 初级 / Hadoop 入门 / 40 min']);
  });

  it('"Area" in the course\'s language, and an area written without its accents or decomposed (NFD), are the area', () => {
    const catalog = course(['Orquestación de Contenedores', 'Redes'], ['Básico'], []);
    const text = ['## Área 1: Orquestacion de Contenedores', '', '### Básico', '', '- Vídeo: Qué es un contenedor - 20 minutos', '  notas', '', '## Redes'.normalize('NFD'), '', '### Básico', '', '- Vídeo: Qué es una red - 10 minutos', '  notas', '', '## ORQUESTACIÓN DE CONTENEDORES'.normalize('NFD'), '', '- Vídeo: Kubernetes - 30 minutos', '  notas', ''].join('\n');
    assert.deepEqual(readByBoth(text, catalog), [
      'Orquestacion de Contenedores / Básico / Vídeo: Qué es un contenedor / 20 min',
      'Redes / Básico / Vídeo: Qué es una red / 10 min',
      'ORQUESTACIÓN DE CONTENEDORES'.normalize('NFD') + ' / undefined / Vídeo: Kubernetes / 30 min',
    ]);
  });
});
