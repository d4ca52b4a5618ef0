/// <reference types="vite/client" />
// The query IDE: GraphiQL, bundled with the client (nothing from a CDN; its fonts come inside its
// stylesheet), against this server's /graphql, with the example operations of docs/queries as tabs.
import 'graphiql/setup-workers/vite'; // Monaco's editor, JSON and GraphQL workers, built by Vite as same-origin files
import 'graphiql/style.css';
import './page.css';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { examplesFrom, operationNameFor } from './examples.ts';

const examples = examplesFrom(
  import.meta.glob<string>('../../../docs/queries/*.graphql', { query: '?raw', import: 'default', eager: true }),
);

const defaultTabs = examples.map((e) => ({
  query: e.query,
  variables: Object.keys(e.variables).length > 0 ? JSON.stringify(e.variables, null, 2) : null,
}));

// The API answers single JSON results: no multipart (incremental delivery), no subscriptions.
const send = createGraphiQLFetcher({ url: '/graphql', enableIncrementalDelivery: false });
const fetcher: Fetcher = (params, options) =>
  send({ ...params, operationName: operationNameFor(params.query, params.operationName) }, options);

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');
createRoot(root).render(createElement(GraphiQL, { fetcher, defaultTabs, defaultEditorToolsVisibility: true }));
